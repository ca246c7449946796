package io.gridpool.internal.wire;

import com.hazelcast.internal.util.UUIDSerializationUtil;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import io.gridpool.internal.worker.WorkerState;

import java.io.IOException;
import java.util.UUID;

/**
 * Asks a member about itself, for a pool's snapshot and speculation: its JVM, how busy the slots
 * of the pool's executor are with the work of others, and how long the pool's chunks there have
 * run so far ({@link WorkerReport}, as it travels).
 */
public final class WorkerInfoQuery extends MemberTask<long[]> {

    private UUID pool;
    private int priority;
    private String executor;

    public WorkerInfoQuery() {
    }

    public WorkerInfoQuery(UUID pool, int priority, String executor) {
        this.pool = pool;
        this.priority = priority;
        this.executor = executor;
    }

    @Override
    public long[] call() {
        return WorkerState.of(member).report(pool, priority, executor).toArray();
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        UUIDSerializationUtil.writeUUID(out, pool);
        out.writeInt(priority);
        out.writeString(executor);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        pool = UUIDSerializationUtil.readUUID(in);
        priority = in.readInt();
        executor = in.readString();
    }

    @Override
    public int getClassId() {
        return WireFactory.WORKER_INFO_QUERY;
    }
}
