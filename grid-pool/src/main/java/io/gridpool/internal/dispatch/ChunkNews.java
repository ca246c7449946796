package io.gridpool.internal.dispatch;

import io.gridpool.PoolListener;
import io.gridpool.internal.wire.ChunkFate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The pool's chunk counters, and its listeners, who are told of each chunk sent and of what
 * became of it. Counting takes no lock; listeners are told outside every lock, and one that throws
 * is logged and skipped. Thread-safe.
 */
final class ChunkNews {

    private static final Logger LOG = LoggerFactory.getLogger(ChunkNews.class);

    private final List<PoolListener> listeners;
    private final LongAdder submitted = new LongAdder();
    private final LongAdder completed = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder retried = new LongAdder();
    private final LongAdder speculated = new LongAdder();
    private final Map<String, WorkerTally> workers = new ConcurrentHashMap<>();

    /** A worker's chunks done for the pool, the time they took, and the time they waited there for a slot. */
    private static final class WorkerTally {
        final LongAdder done = new LongAdder();
        final LongAdder nanos = new LongAdder();
        final LongAdder queuedNanos = new LongAdder();
    }

    ChunkNews(List<PoolListener> listeners) {
        this.listeners = listeners;
    }

    void submitted(String worker) {
        submitted.increment();
        for (PoolListener listener : listeners) {
            tell(listener, () -> listener.chunkSubmitted(worker));
        }
    }

    /** A speculative copy of a chunk was sent to {@code worker}: it counts as submitted too. */
    void speculated(String worker) {
        speculated.increment();
        submitted(worker);
        for (PoolListener listener : listeners) {
            tell(listener, () -> listener.chunkSpeculated(worker));
        }
    }

    /**
     * Counts what became of a chunk sent to {@code worker} {@code nanos} ago, which waited there
     * {@code queuedNanos} for a slot, and returns the news for the listeners, to be told outside
     * the locks; {@code null} if there is nothing to tell.
     */
    Runnable ended(ChunkFate fate, String worker, long nanos, long queuedNanos) {
        LongAdder counter = switch (fate) {
            case DONE -> completed;
            case FAILED, CANCELLED -> failed;
            case REFUSED, BUSY, LOST, UNREACHED -> retried;
            case DROPPED, ABANDONED -> null;
        };
        if (counter == null) {
            return null;
        }
        counter.increment();
        if (fate == ChunkFate.DONE) {
            WorkerTally tally = workers.computeIfAbsent(worker, w -> new WorkerTally());
            tally.done.increment();
            tally.nanos.add(nanos);
            tally.queuedNanos.add(queuedNanos);
        }
        return listeners.isEmpty() ? null : () -> tell(fate, worker, nanos);
    }

    private void tell(ChunkFate fate, String worker, long nanos) {
        for (PoolListener listener : listeners) {
            switch (fate) {
                case DONE -> tell(listener, () -> listener.chunkCompleted(worker, nanos));
                case FAILED, CANCELLED -> tell(listener, () -> listener.chunkFailed(worker));
                default -> tell(listener, () -> listener.chunkRetried(worker));
            }
        }
    }

    private static void tell(PoolListener listener, Runnable news) {
        try {
            news.run();
        } catch (RuntimeException e) {
            LOG.warn("the pool listener {} failed", listener, e);
        }
    }

    long submitted() {
        return submitted.sum();
    }

    long completed() {
        return completed.sum();
    }

    long failed() {
        return failed.sum();
    }

    long retried() {
        return retried.sum();
    }

    long speculated() {
        return speculated.sum();
    }

    /** The chunks {@code worker} finished for the pool. */
    long doneBy(String worker) {
        WorkerTally tally = workers.get(worker);
        return tally == null ? 0 : tally.done.sum();
    }

    /** The mean time from sending a chunk to {@code worker} to its results, or zero before the first. */
    Duration meanTimeOf(String worker) {
        return mean(worker, false);
    }

    /** The mean time the chunks {@code worker} finished waited there for a slot, or zero before the first. */
    Duration meanQueueTimeOf(String worker) {
        return mean(worker, true);
    }

    private Duration mean(String worker, boolean queued) {
        WorkerTally tally = workers.get(worker);
        long done = tally == null ? 0 : tally.done.sum();
        return done == 0 ? Duration.ZERO
                : Duration.ofNanos((queued ? tally.queuedNanos : tally.nanos).sum() / done);
    }
}
