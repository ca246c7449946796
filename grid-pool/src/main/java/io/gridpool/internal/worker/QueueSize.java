package io.gridpool.internal.worker;

import com.hazelcast.config.Config;
import io.gridpool.PoolDefaults;

/**
 * How many chunks of one executor a member runs at once (its slots), and how many may be there at
 * once, running or waiting in its {@link SlotQueue} (its capacity). Each chunk there holds one of
 * the executor's threads, and a chunk that arrives needs one more to be told whether there is
 * room for it, so the capacity stays a slot's worth of threads below the executor's pool size:
 * <ul>
 *   <li>with the member property {@value #SLOTS_PROPERTY} (for the executor {@code gridpool}; a
 *       GridMember sets it), or {@code gridpool.slots.<executor>} for another: that many slots
 *       (no more than the executor has threads), and room for {@value #HELD_PER_SLOT} chunks per
 *       slot, within the executor's threads less one per slot ({@link #threadsFor} gives
 *       {@value #PER_SLOT} per slot);
 *   <li>else, with the executor's pool size set in the member's config (by its name or a
 *       wildcard): that many slots, and no room to wait beyond them;
 *   <li>else one slot per processor, within Hazelcast's default of 16 threads.
 * </ul>
 * Hazelcast's unconfigured executor has 16 threads whatever the machine; slots sized from it
 * would run 8 CPU-bound chunks per processor on a 2-processor member, each slower.
 *
 * @param slots the chunks that run at once
 * @param capacity the chunks that may be there at once, running or waiting
 */
public record QueueSize(int slots, int capacity) {

    /** The member property that sets the slots of grid-pool's default executor on that member. */
    public static final String SLOTS_PROPERTY = "gridpool.slots";
    /** How many threads per slot a GridMember's executor has: one per chunk it holds, and one for arrivals. */
    public static final int PER_SLOT = 4;
    /** How many chunks per slot a member may hold, running or waiting, when it has threads for them. */
    public static final int HELD_PER_SLOT = PER_SLOT - 1;

    /** The size of the queue in front of {@code executor} on a member with {@code config}. */
    public static QueueSize of(Config config, String executor) {
        boolean configured = config.getExecutorConfigs().containsKey(executor)
                || config.getConfigPatternMatcher().matches(config.getExecutorConfigs().keySet(), executor) != null;
        int threads = config.findExecutorConfig(executor).getPoolSize();
        String property = config.getProperty(slotsProperty(executor));
        if (property != null) {
            return held(Math.min(threads, slots(property)), threads);
        }
        if (configured) {
            return new QueueSize(threads, threads);
        }
        return held(Runtime.getRuntime().availableProcessors(), threads);
    }

    private static QueueSize held(int slots, int threads) {
        return new QueueSize(slots, Math.max(slots, Math.min(threads - slots, HELD_PER_SLOT * slots)));
    }

    private static int slots(String property) {
        try {
            int slots = Integer.parseInt(property.trim());
            if (slots >= 1) {
                return slots;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("the member property " + SLOTS_PROPERTY
                + " must be a whole number of at least 1, was '" + property + "'");
    }

    /** The member property that gives the slots of {@code executor}. */
    public static String slotsProperty(String executor) {
        return PoolDefaults.EXECUTOR_NAME.equals(executor) ? SLOTS_PROPERTY : SLOTS_PROPERTY + "." + executor;
    }

    /** The threads an executor needs so that {@code slots} slots have their full queue. */
    public static int threadsFor(int slots) {
        return PER_SLOT * slots;
    }
}
