package io.gridpool.internal.wire;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import io.gridpool.internal.worker.QueueSize;
import io.gridpool.internal.worker.WorkerState;

import java.io.IOException;

/**
 * Asks a member how many chunks of an executor it runs at once and how many it may hold, running
 * or waiting ({@link QueueSize}): drivers size their windows and chunks from them. The answer is
 * {@code {slots, capacity}}; a member that is draining answers {@code {0, 0}}.
 */
public final class SlotsQuery extends MemberTask<int[]> {

    private String executor;

    public SlotsQuery() {
    }

    public SlotsQuery(String executor) {
        this.executor = executor;
    }

    @Override
    public int[] call() {
        WorkerState state = WorkerState.of(member);
        if (state.draining()) {
            return new int[] {0, 0};
        }
        QueueSize size = state.queueSize(executor);
        return new int[] {size.slots(), size.capacity()};
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
