package io.gridpool.internal;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.internal.util.UUIDSerializationUtil;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.IdentifiedDataSerializable;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * Cancels the chunks of a call on a member (of every call of the pool when {@code call < 0}):
 * running ones are interrupted, queued ones will not start.
 */
public final class CancelChunks implements Callable<Boolean>, IdentifiedDataSerializable, HazelcastInstanceAware {

    private UUID pool;
    private long call;
    private transient HazelcastInstance member;

    public CancelChunks() {
    }

    CancelChunks(UUID pool, long call) {
        this.pool = pool;
        this.call = call;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance member) {
        this.member = member;
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
    public int getFactoryId() {
        return WireFactory.FACTORY_ID;
    }

    @Override
    public int getClassId() {
        return WireFactory.CANCEL_CHUNKS;
    }
}
