package io.gridpool.internal.dispatch;

import io.gridpool.PoolSnapshot;
import io.gridpool.internal.wire.Payload;

/**
 * A call as the dispatcher sees it: half of the narrow interface between calls and the
 * dispatcher ({@link Dispatch} is the other). The dispatcher calls these methods without holding
 * its lock, except {@link #wantsInput} and {@link #wants}, which a call answers from volatile state
 * without taking a lock of its own. Every chunk a call {@link #cut}s comes back to it through
 * {@link #chunkEnded} exactly once, whatever became of it.
 */
public interface Job {

    /** The call's id, unique in its pool. */
    long id();

    /** The call's function, ready to travel. */
    Payload function();

    /** The call's input, cut into chunks; only the thread that feeds the call reads it. */
    Chunker chunker();

    /** Whether the call may cut another chunk now: it still reads, and has fewer than {@code ahead} chunks unconsumed. */
    boolean wantsInput(int ahead);

    /** Whether the call still wants the results of this chunk. */
    boolean wants(Chunk chunk);

    /** A chunk was cut and goes out. */
    void cut(Chunk chunk);

    /** The input has no more elements, after the chunks already cut. */
    void inputEnded();

    /** Reading the input failed at {@code index}, or the element there cannot travel; the chunks before it stand. */
    void inputFailed(long index, Throwable error);

    /** What became of a chunk of this call: its results, the failure that ends the call, or nothing. */
    void chunkEnded(Chunk chunk, Verdict verdict);

    /**
     * An element of a chunk still out overran its deadline and ignores its interrupt: the call
     * fails now ({@code verdict} says where and why); the chunk itself still ends later, once.
     */
    void chunkStuck(Chunk chunk, Verdict verdict);

    /** Whether the call's input was all read. Lock-free. */
    boolean readAll();

    /** What the dispatcher counts of the call. */
    CallMeter meter();

    /** The call in progress, as a snapshot shows it. Lock-free. */
    PoolSnapshot.Call snapshot();

    /** The pool ends the call: it was terminated, or no worker came in time. */
    void abort(RuntimeException why);

    /** The pool was closed: a call that reads lazily stops reading. */
    void poolClosed();

    /** Whether {@code close()} waits for the call's outcome (a list or a future), not just for its chunks. */
    boolean closeWaits();

    /** Whether the caller can have the call's outcome now. */
    boolean outcomeSet();

    /** Whether the call is over: nothing of it is out, it reads no more, and its caller has the outcome. Lock-free. */
    boolean over();

    /** Whether the call's input is one element in hand, which the caller's thread may cut and send. */
    default boolean feedsHere() {
        return false;
    }

    /**
     * Whether only the pool's own caller waits on the call, so completing it runs no code of the
     * user's and any thread may do it, even one of Hazelcast's that must not be held.
     */
    default boolean awaited() {
        return false;
    }

    /** Keeps a chunk's listener news for the waiting caller to tell; false if it must be told elsewhere. */
    default boolean hold(Runnable news) {
        return false;
    }
}
