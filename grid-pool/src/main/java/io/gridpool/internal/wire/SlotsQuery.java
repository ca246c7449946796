package io.gridpool.internal.wire;

import com.hazelcast.config.Config;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import io.gridpool.internal.worker.WorkerState;

import java.io.IOException;

/**
 * Asks a member how many chunks it runs at once, which drivers size their dispatch windows and
 * chunks from: the pool size of its executor when the member's config sets one (its own name, or
 * a wildcard that matches it), else the member's processors. Hazelcast's unconfigured executor
 * has 16 threads whatever the machine; a pool that filled them with CPU-bound chunks on a
 * 2-processor member would run 8 chunks per processor, each slower, in chunks 8 times smaller.
 * A member that is draining answers 0.
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
        Config config = member.getConfig();
        boolean configured = config.getExecutorConfigs().containsKey(executor)
                || config.getConfigPatternMatcher().matches(config.getExecutorConfigs().keySet(), executor) != null;
        return configured ? config.findExecutorConfig(executor).getPoolSize()
                : Runtime.getRuntime().availableProcessors();
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
