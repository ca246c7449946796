package io.gridpool.internal.dispatch;

import io.gridpool.PoolSnapshot;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The last {@link PoolSnapshot#HISTORY} finished chunks of a pool, for a task stream: a ring that
 * overwrites its oldest entry, so its memory is fixed. Recording is one store per chunk.
 * Thread-safe.
 */
final class ChunkHistory {

    private final PoolSnapshot.Chunk[] ring = new PoolSnapshot.Chunk[PoolSnapshot.HISTORY];
    private final Instant base = Instant.now();
    private final long baseNanos = System.nanoTime();
    private long next;

    /**
     * A chunk ran from {@code startNanos} to {@code endNanos} ({@link System#nanoTime()}), having
     * waited {@code queuedNanos} on its worker for a slot.
     */
    void record(String worker, int slot, Chunk chunk, long startNanos, long endNanos, long queuedNanos,
                PoolSnapshot.Outcome outcome, boolean copy) {
        PoolSnapshot.Chunk entry = new PoolSnapshot.Chunk(worker, slot, chunk.job().id(), chunk.size(),
                instant(startNanos), instant(endNanos), Duration.ofNanos(queuedNanos), outcome, copy);
        synchronized (this) {
            ring[(int) (next++ % ring.length)] = entry;
        }
    }

    /** The chunks kept, oldest first. */
    synchronized List<PoolSnapshot.Chunk> chunks() {
        int kept = (int) Math.min(next, ring.length);
        List<PoolSnapshot.Chunk> chunks = new ArrayList<>(kept);
        for (long i = next - kept; i < next; i++) {
            chunks.add(ring[(int) (i % ring.length)]);
        }
        return chunks;
    }

    private Instant instant(long nanos) {
        return base.plusNanos(nanos - baseNanos);
    }
}
