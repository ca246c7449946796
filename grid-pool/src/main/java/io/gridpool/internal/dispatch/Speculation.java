package io.gridpool.internal.dispatch;

import io.gridpool.internal.wire.WorkerReport;
import io.gridpool.internal.worker.Worker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Speculation on the tail of a call: once a call's input is all read, nothing waits to be sent
 * and a worker slot stands idle, a chunk of the call that has <em>run</em> well past its call's
 * usual time for a chunk of its size (twice the median time per element of its finished chunks,
 * times its elements, and 50 ms more than that) is copied once to the idle worker; the first copy
 * to answer wins ({@link Outbox#answer}). Run time is what the workers say: a chunk that waits in
 * a worker's queue behind other drivers' work is not a straggler, and a slot that runs another
 * pool's chunk is not idle. Chunks whose size grows during a call (inputs of unknown length) are
 * so judged by their size. A chunk bound to its key's owner is never copied elsewhere, and a copy
 * counts as one of a chunk's attempts: a chunk sent as many times as it may be (it was lost, and
 * may be what takes its members down) is not copied. Guarded by the dispatcher's lock.
 */
final class Speculation {

    private static final double SLOWER_THAN = 2.0;
    private static final long AT_LEAST_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final int KEPT = 64;

    /** Calls are held weakly, as the registry holds iterators: a dropped iterator takes its times along. */
    private final Map<Job, ChunkTimes> times = new WeakHashMap<>();
    private final Resends resends;

    Speculation(Resends resends) {
        this.resends = resends;
    }

    /** A chunk of {@code job} with {@code elements} elements took {@code nanos} on its worker. */
    void finished(Job job, int elements, long nanos) {
        times.computeIfAbsent(job, j -> new ChunkTimes()).add(nanos / Math.max(1, elements));
    }

    /**
     * Whether the workers should be asked how long the chunks out have run: nothing waits to be
     * sent, a slot may idle, and a chunk has been out longer than a straggler runs (its time out
     * is its run time and more).
     */
    boolean worthAsking(Outbox outbox, Windows windows) {
        if (outbox.waiting() > 0 || windows.idle(null) == null) {
            return false;
        }
        for (Outbox.Attempt attempt : outbox.outNow()) {
            if (suspect(attempt, attempt.nanosOut())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The copies to send now, taken into their windows, given what the workers said: how long
     * each chunk has run there, and (already noted in the windows) how busy they are with others.
     */
    List<Outbox.Attempt> copies(Outbox outbox, Windows windows, Map<Worker, WorkerReport> reports) {
        if (outbox.waiting() > 0) {
            return List.of();
        }
        List<Outbox.Attempt> longestFirst = new ArrayList<>(outbox.outNow());
        longestFirst.sort(Comparator.comparingLong(Outbox.Attempt::nanosOut).reversed());
        List<Outbox.Attempt> copies = new ArrayList<>();
        for (Outbox.Attempt attempt : longestFirst) {
            // A worker that did not answer in time (frozen, overloaded, out of reach) is taken at
            // its worst: its chunk has run all the time it has been out.
            WorkerReport report = reports.get(attempt.worker());
            long ran = report == null ? attempt.nanosOut()
                    : report.ranNanos(attempt.chunk().job().id(), attempt.chunk().seq());
            if (!suspect(attempt, ran)) {
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

    /** Whether a chunk that has run {@code ranNanos} (or -1: not at all) is a straggler to copy. */
    private boolean suspect(Outbox.Attempt attempt, long ranNanos) {
        Chunk chunk = attempt.chunk();
        ChunkTimes usual = times.get(chunk.job());
        return !chunk.copied() && !chunk.settled() && chunk.target() == null && usual != null
                && !resends.spent(chunk)
                && chunk.job().readAll() && ranNanos >= 0 && ranNanos >= usual.straggling(chunk.size());
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
