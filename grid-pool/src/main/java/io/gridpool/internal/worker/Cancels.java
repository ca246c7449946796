package io.gridpool.internal.worker;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What must not run on a worker: the marks that cancels, released pools and departed drivers
 * leave. A chunk of a cancelled call, of an ended pool, a cancelled copy of a chunk, or a chunk
 * that arrived before its driver left never starts. Marks are kept ten minutes, long past any
 * chunk that could still be queued. Thread-safe.
 */
final class Cancels {

    private static final long KEPT_NANOS = TimeUnit.MINUTES.toNanos(10);

    /** A call's mark; {@code call < 0} marks the whole pool. */
    private record CallMark(UUID pool, long call) {
    }

    /** One chunk's mark (a copy that lost to another). */
    private record ChunkMark(UUID pool, long call, int seq) {
    }

    /** A driver that left, and when: chunks it sent before then are orphans. */
    private record DriverMark(UUID driver) {
    }

    private final Map<Object, Long> marks = new ConcurrentHashMap<>();

    /** Marks a call, or every call of the pool when {@code call < 0}. */
    void call(UUID pool, long call) {
        mark(new CallMark(pool, call));
    }

    /** Marks one chunk of a call. */
    void chunk(UUID pool, long call, int seq) {
        mark(new ChunkMark(pool, call, seq));
    }

    /**
     * Marks a pool that ended, then forgets its calls' and chunks' marks: the pool's mark is set
     * first, so that at no moment may a chunk of the pool start unseen.
     */
    void poolEnded(UUID pool) {
        mark(new CallMark(pool, -1));
        marks.keySet().removeIf(key -> key instanceof CallMark c && c.pool().equals(pool) && c.call() >= 0
                || key instanceof ChunkMark m && m.pool().equals(pool));
    }

    /** Marks a driver that left the cluster now. */
    void driverLeft(UUID driver) {
        mark(new DriverMark(driver));
    }

    /** Whether the chunk, which arrived at {@code receivedAt} ({@link System#nanoTime()}), must not run. */
    boolean stop(ChunkId id, long receivedAt) {
        if (marks.containsKey(new CallMark(id.pool(), id.call())) || marks.containsKey(new CallMark(id.pool(), -1))
                || marks.containsKey(new ChunkMark(id.pool(), id.call(), id.seq()))) {
            return true;
        }
        Long left = id.driver() == null ? null : marks.get(new DriverMark(id.driver()));
        return left != null && receivedAt - left <= 0;
    }

    private void mark(Object key) {
        long now = System.nanoTime();
        marks.values().removeIf(at -> now - at > KEPT_NANOS);
        marks.put(key, now);
    }
}
