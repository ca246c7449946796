package io.gridpool.internal;

import com.hazelcast.function.FunctionEx;

import java.util.ArrayDeque;
import java.util.List;

/**
 * {@code imapUnordered}: each chunk's results as soon as the chunk is done. The first failure
 * cancels the rest of the call and is handed out after the results already in.
 */
final class UnorderedCall extends IteratorCall {

    private final ArrayDeque<List<Object>> done = new ArrayDeque<>();

    UnorderedCall(Dispatcher dispatcher, long id, FunctionEx<Object, Object> fn, byte[] fnBytes, Chunker chunker) {
        super(dispatcher, id, fn, fnBytes, chunker);
    }

    @Override
    boolean needs(Chunk chunk) {
        return failure == null && cancelled == null;
    }

    @Override
    void onValues(Chunk chunk, List<Object> values) {
        if (failure == null && !values.isEmpty()) {
            done.add(values);
        }
        signal();
    }

    @Override
    void onFailure(long index, Throwable error) {
        if (failure == null) {
            failure = error;
            dispatcher.cancelChunks(this);
        }
        stop();
        signal();
    }

    @Override
    List<Object> takeChunk() {
        return done.poll();
    }

    @Override
    boolean failureDue() {
        return failure != null && done.isEmpty();
    }

    @Override
    boolean exhausted() {
        return inputDone && outstanding == 0 && done.isEmpty() && failure == null;
    }

    @Override
    boolean buffered() {
        return !done.isEmpty();
    }
}
