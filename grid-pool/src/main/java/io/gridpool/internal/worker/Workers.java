package io.gridpool.internal.worker;

import io.gridpool.internal.wire.ChunkFate;
import io.gridpool.internal.wire.Codec;
import io.gridpool.internal.wire.WorkerReport;

import java.util.Collection;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Where a pool's chunks run, as the dispatcher sees it: workers that come and go with their
 * numbers of slots, the codec their chunks go through, and how running chunks are cancelled.
 */
public interface Workers {

    /** Told when workers join (with their slots), change their slots, or leave. */
    interface Listener {
        /** A worker runs {@code slots} chunks at once and may hold {@code capacity}, running or waiting. */
        void slots(Worker worker, int slots, int capacity);

        void left(Worker worker);

        /**
         * A worker that is still there cannot be reached now: its chunks out go to others (it is
         * also told to have no slots until it answers again).
         */
        void unreachable(Worker worker);
    }

    /** What a send that brought no answer means, and the error a call that cannot go on fails with. */
    record SendFailure(ChunkFate fate, Throwable error) {
    }

    /** Starts reporting workers to {@code listener}, the present ones first. */
    void start(Listener listener);

    /** The client or member that drives the pool, as the members know it; {@code null} in this JVM. */
    UUID driver();

    /** How elements, results and functions go to these workers and back. */
    Codec codec();

    /** The name of the queue on each worker that the pool's chunks wait in: the members' executor. */
    String queue();

    /** The worker that owns a key's partition (or {@code null} for a key no worker owns); {@code null} without partitions. */
    Function<Object, Worker> partitionOwners();

    /**
     * Asks workers to stop chunks: of a call (of every call when {@code call < 0}), or only the
     * chunk {@code seq} of the call when {@code seq >= 0}. Does not wait.
     */
    void cancel(UUID pool, long call, int seq, Collection<Worker> on);

    /**
     * Asks a worker which elements of the pool's chunks overran their deadline and still run,
     * {@code graceNanos} after their interrupt: (call, seq, offset) triples.
     */
    CompletionStage<long[]> stuck(UUID pool, long graceNanos, Worker on);

    /**
     * What a failure to get an answer from {@code worker} means: it was lost, the chunk did not
     * reach it, or the call cannot go on ({@code chunk} and {@code index} name the chunk and its
     * first element in the error).
     */
    SendFailure judge(Throwable failure, Worker worker, String chunk, long index);

    /**
     * What a worker says of itself to {@code pool}, of {@code priority}: its JVM, its load, the
     * pool's chunks' run times.
     */
    CompletionStage<WorkerReport> report(UUID pool, int priority, Worker worker);

    /**
     * A chunk was lost on {@code worker} or did not reach it: asks it again for its slots, which
     * are reported when it answers. Returns false if it will not be asked (it is gone, or these
     * workers never lose one), and then its slots stay as they are.
     */
    default boolean recheck(Worker worker) {
        return false;
    }

    /** Why no worker is there, for the error of a call that waited in vain. */
    String whyNoWorkers();

    /**
     * Releases what the pool holds on its workers, without waiting for running chunks; with
     * {@code wait}, waits briefly for the workers to acknowledge.
     */
    void stop(UUID pool, boolean wait);

    /** Waits up to {@code millis} for the workers' own threads to end; true if they did. */
    boolean awaitStopped(long millis) throws InterruptedException;
}
