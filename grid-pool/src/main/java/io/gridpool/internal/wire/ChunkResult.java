package io.gridpool.internal.wire;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.IdentifiedDataSerializable;

import java.io.IOException;

/**
 * What a worker sends back for a chunk: the results of the elements it ran, in order, and, when
 * an element failed, the failure after them; how long the chunk waited for a slot and how long it
 * ran; and how busy the worker is with the work of others. A worker that would not run the chunk
 * (it is draining, its queue is full, or the call was cancelled) says so instead, and the chunk
 * goes elsewhere, later, or nowhere.
 */
public final class ChunkResult implements IdentifiedDataSerializable {

    private static final ChunkResult REFUSED = new ChunkResult(ChunkFate.REFUSED, null, null, Timing.NONE,
            WorkerLoad.NONE);
    private static final ChunkResult CANCELLED = new ChunkResult(ChunkFate.CANCELLED, null, null, Timing.NONE,
            WorkerLoad.NONE);

    private ChunkFate fate;
    private Payload values;
    private TaskFailure failure;
    private Timing timing;
    private WorkerLoad load;

    /**
     * How a chunk's time on its worker was spent.
     *
     * @param waitedNanos the time it waited in the worker's queue for a slot: before it first ran,
     *        and between the slices it ran in when it gave way to other work
     * @param ranNanos the time it held a slot
     * @param startDelayNanos the time from its arrival to its first slot
     * @param slot the worker's slot it ran on last, from 0; -1 if it did not run
     */
    public record Timing(long waitedNanos, long ranNanos, long startDelayNanos, int slot) {
        public static final Timing NONE = new Timing(0, 0, 0, -1);
    }

    public ChunkResult() {
    }

    private ChunkResult(ChunkFate fate, Payload values, TaskFailure failure, Timing timing, WorkerLoad load) {
        this.fate = fate;
        this.values = values;
        this.failure = failure;
        this.timing = timing;
        this.load = load;
    }

    /** The results of the elements that ran, and the failure that stopped the chunk, if one did. */
    public static ChunkResult ran(Payload values, TaskFailure failure, Timing timing, WorkerLoad load) {
        return new ChunkResult(failure == null ? ChunkFate.DONE : ChunkFate.FAILED, values, failure, timing, load);
    }

    /** The worker is draining and did not run the chunk. */
    public static ChunkResult refused() {
        return REFUSED;
    }

    /** The worker's queue is full: it did not take the chunk. */
    public static ChunkResult busy(WorkerLoad load) {
        return new ChunkResult(ChunkFate.BUSY, null, null, Timing.NONE, load);
    }

    /** The chunk's call was cancelled; the worker did not run it to its end. */
    public static ChunkResult cancelled() {
        return CANCELLED;
    }

    /** {@link ChunkFate#DONE}, {@link ChunkFate#FAILED}, {@link ChunkFate#REFUSED}, {@link ChunkFate#BUSY} or {@link ChunkFate#CANCELLED}. */
    public ChunkFate fate() {
        return fate;
    }

    /** The results of the elements before the failure, or of all elements; {@code null} if none ran. */
    public Payload values() {
        return values;
    }

    /** How many bytes the results take on the wire; 0 for results kept as objects. */
    public int encodedSize() {
        return values instanceof Payload.Bytes bytes ? bytes.bytes().length : 0;
    }

    public TaskFailure failure() {
        return failure;
    }

    /** How the chunk's time on the worker was spent. */
    public Timing timing() {
        return timing;
    }

    /** How busy the worker was with the work of others when it answered. */
    public WorkerLoad load() {
        return load;
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeByte(fate.ordinal());
        Payload.write(out, values);
        out.writeLong(timing.waitedNanos());
        out.writeLong(timing.ranNanos());
        out.writeLong(timing.startDelayNanos());
        out.writeInt(timing.slot());
        load.writeTo(out);
        out.writeBoolean(failure != null);
        if (failure != null) {
            failure.writeTo(out);
        }
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        fate = ChunkFate.values()[in.readByte()];
        values = Payload.read(in);
        timing = new Timing(in.readLong(), in.readLong(), in.readLong(), in.readInt());
        load = WorkerLoad.readFrom(in);
        failure = in.readBoolean() ? TaskFailure.readFrom(in) : null;
    }

    @Override
    public int getFactoryId() {
        return WireFactory.FACTORY_ID;
    }

    @Override
    public int getClassId() {
        return WireFactory.CHUNK_RESULT;
    }
}
