package io.gridpool.internal.call;

import io.gridpool.internal.dispatch.CallMeter;
import io.gridpool.internal.dispatch.Chunk;
import io.gridpool.internal.dispatch.Chunker;
import io.gridpool.internal.dispatch.Dispatch;
import io.gridpool.internal.wire.Payload;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The collector of {@code imapUnordered}: each chunk's results as soon as the chunk is done. The
 * first failure stops the rest of the call and is handed out after the results already in.
 */
final class UnorderedCall extends IteratorCall {

    private final ArrayDeque<List<Object>> done = new ArrayDeque<>();

    UnorderedCall(Dispatch dispatch, long id, Payload function, Chunker chunker, CallMeter meter) {
        super(dispatch, id, function, chunker, meter);
    }

    @Override
    public boolean wants(Chunk chunk) {
        Phase now = phase;
        return now == Phase.STREAMING || now == Phase.CUT_SHORT;
    }

    @Override
    void onValues(Chunk chunk, List<Object> values) {
        if (phase != Phase.FAILED && !values.isEmpty()) {
            done.add(values);
        }
    }

    @Override
    Runnable onFailure(long index, Throwable error) {
        if (phase == Phase.FAILED) {
            return null;
        }
        failure = error;
        failed();
        return stopChunks();
    }

    @Override
    List<Object> takeChunk() {
        return done.poll();
    }

    @Override
    boolean failureDue() {
        return phase == Phase.FAILED && done.isEmpty();
    }

    @Override
    boolean exhausted() {
        return inputEnded && outstanding == 0 && done.isEmpty() && phase == Phase.STREAMING;
    }

    @Override
    boolean buffered() {
        return !done.isEmpty();
    }
}
