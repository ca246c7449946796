package io.gridpool.internal.wire;

/**
 * What became of a chunk, the one word for it on both sides of the wire. A worker answers with
 * {@link #DONE}, {@link #FAILED}, {@link #REFUSED}, {@link #BUSY} or {@link #CANCELLED}; the driver
 * adds what it makes of a send that brought no answer, or of an answer it no longer wants.
 */
public enum ChunkFate {

    /** Every element ran; the results are taken. */
    DONE,
    /** An element failed, or the chunk could not run at all; the results before it are taken and the call fails. */
    FAILED,
    /** The worker is draining and would not run the chunk: it goes to another worker, no attempt counted. */
    REFUSED,
    /** The worker's queue was full (other drivers' chunks fill it): sent again later, no attempt counted. */
    BUSY,
    /** The worker did not run the chunk because its call was cancelled. */
    CANCELLED,
    /** The worker was lost while it held the chunk: sent again, an attempt counted. */
    LOST,
    /** The chunk did not reach its worker: sent again later, no attempt counted. */
    UNREACHED,
    /** Its call no longer wants it (the call failed or was cancelled): dropped, its answer ignored. */
    DROPPED,
    /** The pool was terminated while the chunk was out: its worker is not waited for, a late answer is ignored. */
    ABANDONED;

    /** Whether a worker may answer with this fate (the others are the driver's own judgement). */
    public boolean answered() {
        return this == DONE || this == FAILED || this == REFUSED || this == BUSY || this == CANCELLED;
    }

    /** Whether the chunk goes out again. */
    public boolean resent() {
        return this == REFUSED || this == BUSY || this == LOST || this == UNREACHED;
    }
}
