package io.gridpool;

/**
 * Told what happens to a pool's chunks, for metrics: each chunk sent to a worker, and how it came
 * back. {@code worker} is a member's {@code host:port}, or "this JVM". The methods are called on
 * the pool's threads or on a thread calling the pool, outside the pool's locks, and must return
 * quickly; they must be thread-safe. The chunks whose results a blocking call returns are told
 * about before it returns. All have empty defaults.
 */
public interface PoolListener {

    /** A chunk was sent to a worker. */
    default void chunkSubmitted(String worker) {
    }

    /** A chunk's results were taken; {@code nanos} is the time from sending it to its result. */
    default void chunkCompleted(String worker, long nanos) {
    }

    /** A chunk failed its call: an element failed, or the chunk could not run. */
    default void chunkFailed(String worker) {
    }

    /** A chunk came back unrun (its worker was lost, draining or unreachable) and will be sent again. */
    default void chunkRetried(String worker) {
    }

    /**
     * A copy of a chunk that ran well past its call's usual chunk time was sent to {@code worker},
     * an idle one; whichever copy answers first is taken. Also told {@link #chunkSubmitted}.
     */
    default void chunkSpeculated(String worker) {
    }
}
