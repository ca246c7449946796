package io.gridpool.faults;

import io.gridpool.PoolListener;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.LongStream;

/** Counts a pool's completed chunks, so a test can strike at a chosen point of a call. */
final class Progress implements PoolListener {

    final AtomicLong completed = new AtomicLong();
    final AtomicLong retried = new AtomicLong();
    final AtomicLong speculated = new AtomicLong();

    @Override
    public void chunkCompleted(String worker, long nanos) {
        completed.incrementAndGet();
    }

    @Override
    public void chunkRetried(String worker) {
        retried.incrementAndGet();
    }

    @Override
    public void chunkSpeculated(String worker) {
        speculated.incrementAndGet();
    }

    /** The work of the fault tests: a pure function of x that takes about {@code micros}. */
    static long work(long x, long micros) {
        LockSupport.parkNanos(micros * 1_000);
        return x * 31 + 7;
    }

    static java.util.List<Long> inputs(int n) {
        return LongStream.range(0, n).boxed().toList();
    }

    static java.util.List<Long> expected(int n) {
        return LongStream.range(0, n).map(x -> x * 31 + 7).boxed().toList();
    }
}
