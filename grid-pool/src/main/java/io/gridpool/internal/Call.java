package io.gridpool.internal;

import com.hazelcast.function.FunctionEx;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One call on a pool (a map, an apply, an imap): its input, its function, the chunks it has cut
 * and how they stand, and what the caller gets. The subclasses decide what a result or a failure
 * does to the caller; this class keeps the accounting they share. The fields are guarded by the
 * dispatcher's lock, except the chunker, which only the feeding thread touches.
 */
abstract class Call {

    final Dispatcher dispatcher;
    final long id;
    final FunctionEx<Object, Object> fn;
    final byte[] fnBytes;
    final Chunker chunker;

    boolean feeding;
    boolean queued;
    boolean inputDone;
    boolean stopped;
    boolean finished;
    int cutChunks;
    long cutElements;
    int outstanding;
    /** Chunks taken whose listener news is being told: the call is not published before they are. */
    int untold;
    long registeredAt;
    final Set<Worker> touched = new HashSet<>();

    Call(Dispatcher dispatcher, long id, FunctionEx<Object, Object> fn, byte[] fnBytes, Chunker chunker) {
        this.dispatcher = dispatcher;
        this.id = id;
        this.fn = fn;
        this.fnBytes = fnBytes;
        this.chunker = chunker;
    }

    /** Whether the call may read more of its input now. */
    boolean canFeed() {
        return !feeding && !stopped && !inputDone && !finished && hasRoom();
    }

    /** Whether the caller can take more chunks in flight or waiting (the call's memory bound). */
    abstract boolean hasRoom();

    /** Whether the call still wants this chunk's result. */
    abstract boolean needs(Chunk chunk);

    /** The results of a chunk (all of it, or the elements before its failure). */
    abstract void onValues(Chunk chunk, List<Object> values);

    /** The element at {@code index} failed, or the input failed there; {@code error} is what the caller sees. */
    abstract void onFailure(long index, Throwable error);

    /** The pool was terminated or the caller cancelled. */
    abstract void onCancel(RuntimeException why);

    /** The pool was closed: calls that read lazily stop reading. */
    abstract void onPoolClosed();

    /** Whether {@code close()} waits for this call to end (calls that return a list or future do). */
    abstract boolean eager();

    /** Whether the caller holds the call's outcome; {@code close()} waits for an eager call until it does. */
    boolean delivered() {
        return true;
    }

    /** Whether the call's input is in hand and tiny, so the caller's thread can cut it instead of a feed thread. */
    boolean feedsHere() {
        return false;
    }

    /**
     * Whether only the pool's own caller waits on the call, so completing it runs no code of the
     * user's and any thread may do it, even one of Hazelcast's that must not be held.
     */
    boolean awaited() {
        return false;
    }

    /**
     * Keeps a chunk's listener news for the waiting caller to tell before it returns; false if the
     * caller has gone, and the news must be told elsewhere. Under the lock.
     */
    boolean hold(Runnable news) {
        return false;
    }

    /** Completes what the caller waits for; called without the lock, any number of times. */
    void publish() {
    }

    /** A chunk of this call will not be worked on any more: accepted, dropped or abandoned. */
    void resolved() {
        outstanding--;
        settle();
    }

    void endOfInput() {
        inputDone = true;
        settle();
    }

    /** Marks the call finished once nothing is out and nothing more will be read. */
    void settle() {
        if (!finished && outstanding == 0 && (inputDone || stopped)) {
            finished = true;
            onSettled();
        }
    }

    /** Everything the call cut is resolved and it reads no more. */
    void onSettled() {
    }

    void stop() {
        stopped = true;
        settle();
    }
}
