package io.gridpool.internal.dispatch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Speculation on the tail of a call: once a call's input is all read, nothing waits to be sent
 * and a worker slot stands idle, a chunk of the call that has been out well past its call's usual
 * time for a chunk of its size (twice the median time per element of its finished chunks, times
 * its elements, and 50 ms more than that) is copied once to the idle worker; the first copy to
 * answer wins ({@link Outbox#answer}). Chunks whose size grows during a call (inputs of unknown
 * length) are so judged by their size. A chunk bound to its key's owner is never copied elsewhere.
 * Guarded by the dispatcher's lock.
 */
final class Speculation {

    private static final double SLOWER_THAN = 2.0;
    private static final long AT_LEAST_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final int KEPT = 64;

    /** Calls are held weakly, as the registry holds iterators: a dropped iterator takes its times along. */
    private final Map<Job, ChunkTimes> times = new WeakHashMap<>();

    /** A chunk of {@code job} with {@code elements} elements took {@code nanos} on its worker. */
    void finished(Job job, int elements, long nanos) {
        times.computeIfAbsent(job, j -> new ChunkTimes()).add(nanos / Math.max(1, elements));
    }

    /** The copies to send now, taken into their windows. */
    List<Outbox.Attempt> copies(Outbox outbox, Windows windows) {
        if (outbox.waiting() > 0 || outbox.outNow().isEmpty()) {
            return List.of();
        }
        List<Outbox.Attempt> longestFirst = new ArrayList<>(outbox.outNow());
        longestFirst.sort(Comparator.comparingLong(Outbox.Attempt::nanosOut).reversed());
        List<Outbox.Attempt> copies = new ArrayList<>();
        for (Outbox.Attempt attempt : longestFirst) {
            Chunk chunk = attempt.chunk();
            ChunkTimes usual = times.get(chunk.job());
            if (chunk.copied() || chunk.settled() || chunk.target() != null || usual == null
                    || !chunk.job().readAll() || attempt.nanosOut() < usual.straggling(chunk.size())) {
                continue;
            }
            MemberWindow idle = windows.idle(attempt.worker());
            if (idle == null) {
                break;
            }
            copies.add(outbox.copy(attempt, idle));
        }
        return copies;
    }

    /** The last times per element of a call's chunks. */
    private static final class ChunkTimes {
        private final long[] nanosPerElement = new long[KEPT];
        private int count;

        void add(long took) {
            nanosPerElement[count++ % KEPT] = took;
        }

        /** How long a chunk of {@code elements} must have been out to count as a straggler. */
        long straggling(int elements) {
            long[] kept = Arrays.copyOf(nanosPerElement, Math.min(count, KEPT));
            Arrays.sort(kept);
            long usual = kept[kept.length / 2] * elements;
            return Math.max((long) (SLOWER_THAN * usual), usual + AT_LEAST_NANOS);
        }
    }
}
