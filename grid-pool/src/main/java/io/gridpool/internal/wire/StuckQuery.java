package io.gridpool.internal.wire;

import com.hazelcast.internal.util.UUIDSerializationUtil;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import io.gridpool.internal.worker.WorkerState;

import java.io.IOException;
import java.util.UUID;

/**
 * Asks a member which elements of the pool's chunks overran their deadline and still run, having
 * ignored their interrupt for longer than a grace: the answer is (call, seq, offset) triples.
 */
public final class StuckQuery extends MemberTask<long[]> {

    private UUID pool;
    private long graceNanos;

    public StuckQuery() {
    }

    public StuckQuery(UUID pool, long graceNanos) {
        this.pool = pool;
        this.graceNanos = graceNanos;
    }

    @Override
    public long[] call() {
        return WorkerState.of(member).stuck(pool, graceNanos);
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        UUIDSerializationUtil.writeUUID(out, pool);
        out.writeLong(graceNanos);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        pool = UUIDSerializationUtil.readUUID(in);
        graceNanos = in.readLong();
    }

    @Override
    public int getClassId() {
        return WireFactory.STUCK_QUERY;
    }
}
