package io.gridpool.internal.dispatch;

import io.gridpool.PoolSnapshot;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the dispatcher counts of one call, for the pool's snapshot: its method, function and start,
 * and its chunks done, failed, sent again and copied. Counting is a few atomic increments per
 * chunk. Thread-safe.
 */
public final class CallMeter {

    private final String method;
    private final String function;
    private final Instant startedAt = Instant.now();
    private final long startNanos = System.nanoTime();
    private final long size;
    private final AtomicLong elementsDone = new AtomicLong();
    private final AtomicInteger chunksDone = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger resends = new AtomicInteger();
    private final AtomicInteger copies = new AtomicInteger();

    /**
     * @param method the pool method that made the call
     * @param function the class name of the caller's function
     * @param size the input's size if known at the start, else -1
     */
    public CallMeter(String method, String function, long size) {
        this.method = method;
        this.function = function;
        this.size = size;
    }

    void done(int elements) {
        elementsDone.addAndGet(elements);
        chunksDone.incrementAndGet();
    }

    void failed() {
        failures.incrementAndGet();
    }

    void resent() {
        resends.incrementAndGet();
    }

    void copied() {
        copies.incrementAndGet();
    }

    /** The call as a snapshot shows it, with what its collector knows of its input. */
    public PoolSnapshot.Call snapshot(long id, int chunksCut, long elementsCut, boolean inputRead) {
        boolean sizeKnown = size >= 0 || inputRead;
        long known = size >= 0 ? size : elementsCut;
        long done = elementsDone.get();
        Duration timeLeft = null;
        if (sizeKnown && done > 0) {
            long elapsed = System.nanoTime() - startNanos;
            timeLeft = Duration.ofNanos((long) (elapsed * ((double) Math.max(0, known - done) / done)));
        }
        return new PoolSnapshot.Call(id, method, function, startedAt, done, known, sizeKnown, chunksDone.get(),
                chunksCut, failures.get(), resends.get(), copies.get(), timeLeft);
    }
}
