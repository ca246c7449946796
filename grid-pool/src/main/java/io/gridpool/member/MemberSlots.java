package io.gridpool.member;

import com.hazelcast.config.Config;
import io.gridpool.GridPool;
import io.gridpool.internal.Checks;
import io.gridpool.internal.worker.QueueSize;

/**
 * Sets a member's grid-pool slots in its Hazelcast config, for members started in code (an
 * application's embedded member, a test's): a {@link GridMember} does the same from its options.
 * A member runs that many chunks at once, of every driver and pool, and keeps up to
 * {@value QueueSize#PER_SLOT} chunks per slot there, running or waiting in its own queue, where
 * they are ranked by priority and shared fairly between calls. Each chunk there holds one of the
 * executor's threads, so the executor gets {@value QueueSize#PER_SLOT} threads per slot.
 * <p>
 * A config file does the same with the member property {@value QueueSize#SLOTS_PROPERTY} and the
 * pool size of the executor {@value GridPool#DEFAULT_EXECUTOR}. Stateless and thread-safe.
 */
public final class MemberSlots {

    /** The member property that gives the slots. */
    public static final String PROPERTY = QueueSize.SLOTS_PROPERTY;

    private MemberSlots() {
    }

    /**
     * Gives the member {@code slots} slots for the chunks of {@link GridPool}s that use the
     * executor {@value GridPool#DEFAULT_EXECUTOR}, and that executor a thread for each chunk it may
     * hold. Returns {@code config}.
     *
     * @throws IllegalArgumentException if {@code slots < 1}
     */
    public static Config configure(Config config, int slots) {
        Checks.notNull(config, "config");
        Checks.atLeastOne(slots, "slots");
        config.setProperty(PROPERTY, String.valueOf(slots));
        config.getExecutorConfig(GridPool.DEFAULT_EXECUTOR).setPoolSize(QueueSize.threadsFor(slots))
                .setStatisticsEnabled(true);
        return config;
    }

    /** The slots of a member with {@code config}, as drivers will be told them. */
    public static int of(Config config) {
        return QueueSize.of(config, GridPool.DEFAULT_EXECUTOR).slots();
    }
}
