package io.gridpool.internal.wire;

import com.hazelcast.internal.util.UUIDSerializationUtil;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import io.gridpool.internal.worker.WorkerState;

import java.io.IOException;
import java.util.UUID;

/**
 * Cancels the chunks of a call on a member (of every call of the pool when {@code call < 0}):
 * running ones are interrupted, queued ones will not start.
 */
public final class CancelChunks extends MemberTask<Boolean> {

    private UUID pool;
    private long call;

    public CancelChunks() {
    }

    public CancelChunks(UUID pool, long call) {
        this.pool = pool;
        this.call = call;
    }

    @Override
    public Boolean call() {
        WorkerState.of(member).cancel(pool, call);
        return Boolean.TRUE;
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        UUIDSerializationUtil.writeUUID(out, pool);
        out.writeLong(call);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        pool = UUIDSerializationUtil.readUUID(in);
        call = in.readLong();
    }

    @Override
    public int getClassId() {
        return WireFactory.CANCEL_CHUNKS;
    }
}
