package io.gridpool.internal.dispatch;

import java.util.concurrent.TimeUnit;

/**
 * How many elements go into the next chunk: a size the caller gave; for an input of known length,
 * CPython's {@code ceil(len / (4 × parallelism))}, shrinking towards the end of the input
 * ({@link #guided}); or, for an input of unknown length, a size that grows from 1 until a chunk
 * takes about {@link #TARGET_NANOS} on its worker. Automatic sizes stay at or below
 * {@link #MAX_AUTO} ({@link #MAX_AUTO_LAZY} for lazy iterators, which keep chunks ahead of their
 * consumer), so a chunk stays a few megabytes.
 * Thread-safe: the feeding thread asks, completion threads report.
 */
public abstract class ChunkSizer {

    public static final int MAX_AUTO = 1 << 16;
    /** Lazy iterators hold several chunks per slot ahead of their consumer: theirs stay smaller. */
    public static final int MAX_AUTO_LAZY = 1 << 13;
    static final long TARGET_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    /** The shortest a guided chunk gets: its cost of a round trip stays a few per cent of its work. */
    static final long MIN_GUIDED_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
    private static final int MAX_GROWTH = 4;

    public abstract int next();

    /** A chunk of {@code size} elements took {@code nanos} on its worker. */
    public void observe(int size, long nanos) {
    }

    public static ChunkSizer fixed(int size) {
        return new ChunkSizer() {
            @Override
            public int next() {
                return size;
            }
        };
    }

    /** CPython's {@code Pool._map_async}: {@code chunksize, extra = divmod(len, 4 * processes)}. */
    public static ChunkSizer forLength(long length, int parallelism, int max) {
        long per = 4L * Math.max(1, parallelism);
        long size = length / per + (length % per == 0 ? 0 : 1);
        int chosen = (int) Math.max(1, Math.min(max, size));
        return fixed(chosen);
    }

    /**
     * Guided self-scheduling from CPython's cut: the first chunk is {@link #forLength}'s, and each
     * next one {@code ceil(left / (8 × parallelism))}, never bigger than the first nor, once a
     * chunk time has been seen, fewer elements than a worker runs in {@link #MIN_GUIDED_NANOS}.
     * With two chunks in flight per slot, about a quarter of what is left is out at any time. The
     * chunks shrink as the input runs out: the slots finish together, and the chunks a lost worker
     * was running are a small share of the work left to redo (a third of the slots killed half way
     * through a ten-second map: 1.26-1.27 × the clean time where CPython's cut took 1.25-1.5 ×).
     */
    public static ChunkSizer guided(long length, int parallelism, int max) {
        return new Guided(length, Math.max(1, parallelism), forLength(length, parallelism, max).next());
    }

    public static ChunkSizer adaptive(int max) {
        return new Adaptive(max);
    }

    private static final class Adaptive extends ChunkSizer {
        private final int max;
        private int size = 1;

        Adaptive(int max) {
            this.max = max;
        }

        @Override
        public synchronized int next() {
            return size;
        }

        @Override
        public synchronized void observe(int observedSize, long nanos) {
            if (observedSize < size || observedSize == 0) {
                return; // an older, smaller chunk says little about the current size
            }
            double perElement = Math.max(1.0, (double) nanos / observedSize);
            long ideal = (long) (TARGET_NANOS / perElement);
            long capped = Math.min(ideal, (long) observedSize * MAX_GROWTH);
            size = (int) Math.max(1, Math.min(max, capped));
        }
    }

    private static final class Guided extends ChunkSizer {
        private final long length;
        private final int parallelism;
        private final int first;
        private long handedOut;
        private long observedElements;
        private long observedNanos;

        Guided(long length, int parallelism, int first) {
            this.length = length;
            this.parallelism = parallelism;
            this.first = first;
        }

        @Override
        public synchronized int next() {
            long left = Math.max(0, length - handedOut);
            long guided = (left + 8L * parallelism - 1) / (8L * parallelism);
            long floor = observedElements == 0 ? 1 : MIN_GUIDED_NANOS * observedElements / Math.max(1, observedNanos);
            long size = handedOut == 0 ? first : Math.max(1, Math.min(first, Math.max(guided, floor)));
            handedOut += size;
            return (int) size;
        }

        @Override
        public synchronized void observe(int size, long nanos) {
            observedElements += size;
            observedNanos += Math.max(0, nanos);
        }
    }
}
