package io.gridpool.internal;

import com.hazelcast.config.ExecutorConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.IdentifiedDataSerializable;

import java.io.IOException;
import java.util.concurrent.Callable;

/**
 * Asks a member how many chunks it runs at once: the pool size of its executor. Drivers size
 * their dispatch windows from the answer; a member that is draining answers 0.
 */
public final class SlotsQuery implements Callable<Integer>, IdentifiedDataSerializable, HazelcastInstanceAware {

    private String executor;
    private transient HazelcastInstance member;

    public SlotsQuery() {
    }

    SlotsQuery(String executor) {
        this.executor = executor;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance member) {
        this.member = member;
    }

    @Override
    public Integer call() {
        if (WorkerState.of(member).draining()) {
            return 0;
        }
        ExecutorConfig config = member.getConfig().findExecutorConfig(executor);
        return config.getPoolSize();
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeString(executor);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        executor = in.readString();
    }

    @Override
    public int getFactoryId() {
        return WireFactory.FACTORY_ID;
    }

    @Override
    public int getClassId() {
        return WireFactory.SLOTS_QUERY;
    }
}
