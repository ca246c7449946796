package io.gridpool.internal.call;

import io.gridpool.internal.dispatch.CallMeter;
import io.gridpool.internal.dispatch.Chunk;
import io.gridpool.internal.dispatch.Chunker;
import io.gridpool.internal.dispatch.Dispatch;
import io.gridpool.internal.wire.Payload;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The collector of {@code imap}: results in input order, through a reorder buffer of whole chunks.
 * A failure is handed out at its element's position, after every result before it, whatever the
 * chunk size; the chunks before it are still wanted, those after it are not.
 */
final class OrderedCall extends IteratorCall {

    private final Map<Integer, List<Object>> done = new HashMap<>();
    private final Map<Integer, Long> firstOf = new HashMap<>();
    private int nextSeq;
    private long delivered;
    private volatile long failureIndex = Long.MAX_VALUE;

    OrderedCall(Dispatch dispatch, long id, Payload function, Chunker chunker, CallMeter meter) {
        super(dispatch, id, function, chunker, meter);
    }

    @Override
    public boolean wants(Chunk chunk) {
        Phase now = phase;
        return now != Phase.CANCELLED && now != Phase.ENDED && chunk.first() < failureIndex;
    }

    @Override
    void onValues(Chunk chunk, List<Object> values) {
        if (chunk.first() >= failureIndex) {
            return;
        }
        done.put(chunk.seq(), trim(chunk.first(), values));
        firstOf.put(chunk.seq(), chunk.first());
    }

    @Override
    Runnable onFailure(long index, Throwable error) {
        if (index < failureIndex) {
            failureIndex = index;
            failure = error;
            done.replaceAll((seq, values) -> trim(firstOf.get(seq), values));
            failed();
        }
        return null;
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
    void delivered() {
        delivered++;
    }

    @Override
    boolean failureDue() {
        return phase == Phase.FAILED && delivered >= failureIndex;
    }

    @Override
    boolean exhausted() {
        return inputEnded && phase == Phase.STREAMING && nextSeq == cutChunks;
    }

    @Override
    boolean buffered() {
        return done.containsKey(nextSeq);
    }
}
