package io.gridpool.internal.wire;

import com.hazelcast.internal.util.UUIDSerializationUtil;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import io.gridpool.internal.worker.WorkerState;

import java.io.IOException;
import java.util.UUID;

/**
 * Tells a member that a pool was closed or terminated, so it forgets the pool's initializer and
 * calls, and runs no chunk of the pool that is still queued there.
 */
public final class ReleasePool extends MemberTask<Boolean> {

    private UUID pool;

    public ReleasePool() {
    }

    public ReleasePool(UUID pool) {
        this.pool = pool;
    }

    @Override
    public Boolean call() {
        WorkerState.of(member).release(pool);
        return Boolean.TRUE;
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        UUIDSerializationUtil.writeUUID(out, pool);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        pool = UUIDSerializationUtil.readUUID(in);
    }

    @Override
    public int getClassId() {
        return WireFactory.RELEASE_POOL;
    }
}
