package io.gridpool;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A look at a pool at work, for progress bars and dashboards: its calls in progress, its workers,
 * and its last finished chunks, from {@link Pool#snapshot()}. It names classes, members and
 * counts, never the values of elements or results. Its memory is bounded whatever the number of
 * calls: the calls are those still running, and the chunks the last {@link #HISTORY} finished.
 * Immutable.
 *
 * @param takenAt when the snapshot was taken
 * @param stats the pool's counters and state
 * @param calls the calls in progress, oldest first
 * @param workers the workers that take chunks: the members of a grid, or this JVM
 * @param chunks the last finished chunks, oldest first, for a task stream
 */
public record PoolSnapshot(Instant takenAt, PoolStats stats, List<Call> calls, List<Worker> workers,
                           List<Chunk> chunks) {

    /** How many finished chunks a snapshot keeps at most. */
    public static final int HISTORY = 4096;

    public PoolSnapshot {
        calls = List.copyOf(calls);
        workers = List.copyOf(workers);
        chunks = List.copyOf(chunks);
    }

    /**
     * A call in progress.
     *
     * @param id the call's id, unique in its pool
     * @param method the pool method that made it: {@code map}, {@code imap}, {@code apply}...
     * @param function the class of the caller's function
     * @param startedAt when it began
     * @param elementsDone the elements whose results are in
     * @param elementsKnown the elements of the call: its input's size once known (a collection, or
     *        an input read to its end), else the elements read so far
     * @param sizeKnown whether {@code elementsKnown} is the input's whole size
     * @param chunksDone the chunks whose results are in
     * @param chunksCut the chunks cut so far
     * @param failures the chunks that failed
     * @param resends the chunks sent again after their worker was lost, refused them or was out of reach
     * @param copies the speculative copies sent
     * @param timeLeft the time the rest should take at the pace so far, once the size is known and
     *        some results are in; {@code null} before
     */
    public record Call(long id, String method, String function, Instant startedAt, long elementsDone,
                       long elementsKnown, boolean sizeKnown, int chunksDone, int chunksCut, int failures,
                       int resends, int copies, Duration timeLeft) {
    }

    /**
     * A worker. A grid is shared: other drivers' pools, and other pools of this driver, may run
     * their chunks on the same members, and the figures of their work there are as the member
     * last told this pool (with each answer to a chunk, and at least once a second while
     * snapshots are taken).
     *
     * @param name a member's {@code host:port}, or "this JVM"
     * @param slots its slots: the chunks it runs at once, of every pool
     * @param chunksOut this pool's chunks out to it now, running or waiting there
     * @param othersRunning its slots that run other pools' chunks
     * @param queued the chunks of every pool that wait there for a slot
     * @param chunksDone the chunks it finished for this pool
     * @param meanChunkTime the mean time from sending one of this pool's chunks to it to its
     *        result, or {@link Duration#ZERO} before the first
     * @param meanQueueTime the mean time this pool's chunks waited there for a slot, or
     *        {@link Duration#ZERO} before the first
     * @param heapUsed the bytes of heap in use in its JVM, or -1 if not known yet
     * @param heapMax the most heap its JVM may use, or -1 if not known yet
     * @param processors the processors its JVM sees, or -1 if not known yet
     */
    public record Worker(String name, int slots, int chunksOut, int othersRunning, int queued, long chunksDone,
                         Duration meanChunkTime, Duration meanQueueTime, long heapUsed, long heapMax,
                         int processors) {
    }

    /**
     * A finished chunk.
     *
     * @param worker the worker that ran it
     * @param slot the worker's slot that ran it, from 0; -1 when no slot answered for it (it was
     *        cancelled before it ran, or its worker was lost)
     * @param call the id of its call
     * @param elements its elements
     * @param start when it started on its worker, as this JVM's clock tells; when it was sent, for a
     *        chunk that no slot answered for
     * @param end when its answer arrived
     * @param queued the time it waited on its worker for a slot: before it started, and between
     *        the slices it ran in when it gave way to work that ranked higher
     * @param outcome what became of it
     * @param copy whether it was a speculative copy
     */
    public record Chunk(String worker, int slot, long call, int elements, Instant start, Instant end,
                        Duration queued, Outcome outcome, boolean copy) {
    }

    /** What became of a finished chunk. */
    public enum Outcome {
        /** Its results were taken. */
        DONE,
        /** An element failed, or it could not run; its call failed. */
        FAILED,
        /** It came back unrun (its worker was lost, draining, full or out of reach) and was sent again. */
        RESENT,
        /** Its call was cancelled, or another copy of it answered first. */
        CANCELLED
    }
}
