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
 * Tells a member that a pool was closed or terminated, so it forgets the pool's initializer and
 * calls, and runs no chunk of the pool that is still queued there.
 */
public final class ReleasePool implements Callable<Boolean>, IdentifiedDataSerializable, HazelcastInstanceAware {

    private UUID pool;
    private transient HazelcastInstance member;

    public ReleasePool() {
    }

    ReleasePool(UUID pool) {
        this.pool = pool;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance member) {
        this.member = member;
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
    public int getFactoryId() {
        return WireFactory.FACTORY_ID;
    }

    @Override
    public int getClassId() {
        return WireFactory.RELEASE_POOL;
    }
}
