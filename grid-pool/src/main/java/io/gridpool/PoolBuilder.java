package io.gridpool;

import com.hazelcast.jet.function.RunnableEx;
import io.gridpool.internal.Checks;
import io.gridpool.internal.PoolOptions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The options that every pool has; {@link LocalPool.Builder} and {@link GridPool.Builder} add
 * their own. Each setter checks its value at once and says what is wrong; unset options keep
 * their {@link PoolDefaults}. Not thread-safe; the pool it builds copies the options.
 *
 * @param <B> the builder's own type, which every setter returns
 */
public abstract sealed class PoolBuilder<B extends PoolBuilder<B>> permits LocalPool.Builder, GridPool.Builder {

    private int chunkSize = PoolDefaults.CHUNK_SIZE;
    private int inFlightPerSlot = PoolDefaults.IN_FLIGHT_PER_SLOT;
    private RunnableEx initializer;
    private boolean speculation = PoolDefaults.SPECULATION;
    private Duration taskTimeout = PoolDefaults.TASK_TIMEOUT;
    private int priority = PoolDefaults.PRIORITY;
    private final List<PoolListener> listeners = new ArrayList<>();

    PoolBuilder() {
    }

    abstract B self();

    /**
     * Sets the chunk size of the calls that give none, instead of the automatic size.
     *
     * @throws IllegalArgumentException if {@code chunkSize < 1}
     */
    public B chunkSize(int chunkSize) {
        this.chunkSize = Checks.atLeastOne(chunkSize, "chunkSize");
        return self();
    }

    /**
     * Sets how many chunks may be in flight per worker slot; the default, 2, keeps a slot that
     * finishes a chunk from waiting for the next (on a grid, it hides the network's round trip).
     *
     * @throws IllegalArgumentException if {@code inFlightPerSlot < 1}
     */
    public B inFlightPerSlot(int inFlightPerSlot) {
        this.inFlightPerSlot = Checks.atLeastOne(inFlightPerSlot, "inFlightPerSlot");
        return self();
    }

    /**
     * Sets a function run once per worker before its first chunk of this pool (Python's
     * {@code initializer}): once per member of a grid, once for a {@link LocalPool}. Concurrent
     * chunks wait for it; if it throws, every chunk on that worker fails with its exception.
     *
     * @throws NullPointerException if {@code initializer} is {@code null}
     * @throws IllegalArgumentException when the pool is built, if it cannot be serialized (on a grid)
     */
    public B initializer(RunnableEx initializer) {
        this.initializer = Checks.notNull(initializer, "initializer");
        return self();
    }

    /**
     * Whether the tail of a call is speculated: once a call's input is all read and worker slots
     * stand idle, a chunk that has run well past what the call's chunks usually take is sent once
     * more to an idle worker; the first result is taken and the other copy is cancelled, so the
     * results are exact and never counted twice. On by default.
     * <p>
     * <b>A speculated chunk may run twice</b>, as may a chunk whose worker was lost (it is sent
     * again): a function with side effects (writes, messages, charges) should be idempotent, or
     * the pool built with {@code speculation(false)}.
     */
    public B speculation(boolean speculation) {
        this.speculation = speculation;
        return self();
    }

    /**
     * Sets the longest an element may run: an element whose function runs longer is interrupted
     * on its worker, and its call fails with a {@link PoolTaskException} at that element's index
     * whose cause is a {@link java.util.concurrent.TimeoutException}; the worker's slot is free
     * again and the pool goes on. A function that ignores the interrupt is reported as such, and
     * its slot is counted busy until it returns. None by default.
     *
     * @throws IllegalArgumentException if {@code taskTimeout} is not positive
     */
    public B taskTimeout(Duration taskTimeout) {
        this.taskTimeout = Checks.positive(taskTimeout, "taskTimeout");
        return self();
    }

    /**
     * Sets the pool's priority on workers it shares, from {@value PoolDefaults#MIN_PRIORITY} to
     * {@value PoolDefaults#MAX_PRIORITY}; the default is 0, and higher runs first. A grid member
     * ranks the chunks that wait for its slots, from every driver and pool of the grid, by
     * priority; among equal ranks the waiting calls take the slots in turn, the call with the
     * fewest slots there first.
     * <p>
     * Priorities are strict, with aging. A chunk of a higher rank takes the next free slot, and a
     * running chunk gives its slot up between two elements (never inside one) as soon as a chunk
     * that ranks higher waits; the rest of the chunk waits its turn, and its results are the same.
     * A waiting chunk's rank rises by one for every second it has waited, so a low priority is
     * delayed, never starved: behind saturating work of priority {@code p + d}, a chunk of
     * priority {@code p} runs within about {@code d} seconds.
     * <p>
     * A {@link LocalPool} accepts the option and ignores it: its threads serve only its own calls.
     *
     * @throws IllegalArgumentException if {@code priority} is out of range
     */
    public B priority(int priority) {
        this.priority = Checks.between(priority, PoolDefaults.MIN_PRIORITY, PoolDefaults.MAX_PRIORITY, "priority");
        return self();
    }

    /**
     * Adds a listener told about the pool's chunks, for metrics; listeners are told in the order
     * they were added.
     *
     * @throws NullPointerException if {@code listener} is {@code null}
     */
    public B addListener(PoolListener listener) {
        listeners.add(Checks.notNull(listener, "listener"));
        return self();
    }

    /** The settings of a pool built now, with the options only its kind has. */
    PoolOptions options(String name, int maxAttempts, Duration workerWait) {
        return new PoolOptions(chunkSize, inFlightPerSlot, maxAttempts, initializer, workerWait, speculation,
                taskTimeout, priority, name, listeners);
    }
}
