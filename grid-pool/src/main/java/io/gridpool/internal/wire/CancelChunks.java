package io.gridpool.internal.wire;

import com.hazelcast.internal.util.UUIDSerializationUtil;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import io.gridpool.internal.worker.WorkerState;

import java.io.IOException;
import java.util.UUID;

/**
 * Cancels chunks on a member: the chunks of a call (of every call of the pool when
 * {@code call < 0}), or one chunk of a call when {@code seq >= 0} (a copy that lost to another).
 * Running ones are interrupted, queued ones will not start.
 */
public final class CancelChunks extends MemberTask<Boolean> {

    private UUID pool;
    private long call;
    private int seq;

    public CancelChunks() {
    }

    public CancelChunks(UUID pool, long call, int seq) {
        this.pool = pool;
        this.call = call;
        this.seq = seq;
    }

    @Override
    public Boolean call() {
        WorkerState state = WorkerState.of(member);
        if (seq < 0) {
            state.cancel(pool, call);
        } else {
            state.cancelChunk(pool, call, seq);
        }
        return Boolean.TRUE;
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        UUIDSerializationUtil.writeUUID(out, pool);
        out.writeLong(call);
        out.writeInt(seq);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        pool = UUIDSerializationUtil.readUUID(in);
        call = in.readLong();
        seq = in.readInt();
    }

    @Override
    public int getClassId() {
        return WireFactory.CANCEL_CHUNKS;
    }
}
