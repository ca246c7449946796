package io.gridpool.internal;

import com.hazelcast.function.FunctionEx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code imap}: results in input order, through a reorder buffer of whole chunks. A failure is
 * handed out at its element's position, after every result before it, whatever the chunk size.
 */
final class OrderedCall extends IteratorCall {

    private final Map<Integer, List<Object>> done = new HashMap<>();
    private final Map<Integer, Long> firstOf = new HashMap<>();
    private int nextSeq;
    private long delivered;
    private long failureIndex = Long.MAX_VALUE;

    OrderedCall(Dispatcher dispatcher, long id, FunctionEx<Object, Object> fn, byte[] fnBytes, Chunker chunker) {
        super(dispatcher, id, fn, fnBytes, chunker);
    }

    @Override
    boolean needs(Chunk chunk) {
        return cancelled == null && chunk.first < failureIndex;
    }

    @Override
    void onValues(Chunk chunk, List<Object> values) {
        if (chunk.first >= failureIndex) {
            return;
        }
        done.put(chunk.seq, trim(chunk.first, values));
        firstOf.put(chunk.seq, chunk.first);
        signal();
    }

    @Override
    void onFailure(long index, Throwable error) {
        if (index < failureIndex) {
            failureIndex = index;
            failure = error;
            done.replaceAll((seq, values) -> trim(firstOf.get(seq), values));
        }
        stop();
        signal();
    }

    private List<Object> trim(long first, List<Object> values) {
        long room = failureIndex - first;
        return room >= values.size() ? values : values.subList(0, (int) Math.max(0, room));
    }

    @Override
    List<Object> takeChunk() {
        List<Object> values = done.remove(nextSeq);
        if (values != null) {
            firstOf.remove(nextSeq);
            nextSeq++;
        }
        return values;
    }

    @Override
    Object deliver(Object value) {
        delivered++;
        return value;
    }

    @Override
    boolean failureDue() {
        return failure != null && delivered >= failureIndex;
    }

    @Override
    boolean exhausted() {
        return inputDone && failure == null && nextSeq == cutChunks;
    }

    @Override
    boolean buffered() {
        return done.containsKey(nextSeq);
    }
}
