package io.gridpool.internal.wire;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import io.gridpool.internal.worker.WorkerState;


/**
 * Asks a member about its JVM, for the pool's snapshot: the heap in use, the most it may use,
 * and its processors, as three numbers.
 */
public final class WorkerInfoQuery extends MemberTask<long[]> {

    public WorkerInfoQuery() {
    }

    @Override
    public long[] call() {
        return WorkerState.jvm();
    }

    @Override
    public void writeData(ObjectDataOutput out) {
    }

    @Override
    public void readData(ObjectDataInput in) {
    }

    @Override
    public int getClassId() {
        return WireFactory.WORKER_INFO_QUERY;
    }
}
