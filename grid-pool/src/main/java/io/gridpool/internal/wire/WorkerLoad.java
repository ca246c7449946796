package io.gridpool.internal.wire;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;

import java.io.IOException;

/**
 * How busy a worker is with the work of others, as one pool sees it: the slots that run other
 * pools' chunks (of any driver), the chunks of every pool that wait for a slot, and how many
 * other pools have chunks there. Every answer to a chunk carries it, so a driver that shares the
 * grid learns it as it goes. Immutable.
 *
 * @param othersRunning the worker's slots that run other pools' chunks now
 * @param waiting the chunks of every pool that wait for one of its slots
 * @param otherPools the other pools with chunks there, running or waiting
 */
public record WorkerLoad(int othersRunning, int waiting, int otherPools) {

    /** What a pool knows before any answer: nothing, taken as no one else being there. */
    public static final WorkerLoad NONE = new WorkerLoad(0, 0, 0);

    void writeTo(ObjectDataOutput out) throws IOException {
        out.writeInt(othersRunning);
        out.writeInt(waiting);
        out.writeInt(otherPools);
    }

    static WorkerLoad readFrom(ObjectDataInput in) throws IOException {
        return new WorkerLoad(in.readInt(), in.readInt(), in.readInt());
    }
}
