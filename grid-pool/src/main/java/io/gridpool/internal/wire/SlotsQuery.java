package io.gridpool.internal.wire;

import com.hazelcast.config.ExecutorConfig;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import io.gridpool.internal.worker.WorkerState;

import java.io.IOException;

/**
 * Asks a member how many chunks it runs at once: the pool size of its executor. Drivers size
 * their dispatch windows from the answer; a member that is draining answers 0.
 */
public final class SlotsQuery extends MemberTask<Integer> {

    private String executor;

    public SlotsQuery() {
    }

    public SlotsQuery(String executor) {
        this.executor = executor;
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
    public int getClassId() {
        return WireFactory.SLOTS_QUERY;
    }
}
