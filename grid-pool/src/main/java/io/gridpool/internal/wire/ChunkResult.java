package io.gridpool.internal.wire;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.IdentifiedDataSerializable;

import java.io.IOException;

/**
 * What a worker sends back for a chunk: the results of the elements it ran, in order, and, when
 * an element failed, the failure after them. A worker that would not run the chunk (it is
 * draining, or the call was cancelled) says so instead, and the chunk goes elsewhere or nowhere.
 */
public final class ChunkResult implements IdentifiedDataSerializable {

    private static final ChunkResult REFUSED = new ChunkResult(ChunkFate.REFUSED, null, null, 0, -1);
    private static final ChunkResult CANCELLED = new ChunkResult(ChunkFate.CANCELLED, null, null, 0, -1);

    private ChunkFate fate;
    private Payload values;
    private TaskFailure failure;
    private long computeNanos;
    private int slot;

    public ChunkResult() {
    }

    private ChunkResult(ChunkFate fate, Payload values, TaskFailure failure, long computeNanos, int slot) {
        this.fate = fate;
        this.values = values;
        this.failure = failure;
        this.computeNanos = computeNanos;
        this.slot = slot;
    }

    /**
     * The results of the elements that ran, and the failure that stopped the chunk, if one did;
     * {@code slot} is the worker's slot that ran it.
     */
    public static ChunkResult ran(Payload values, TaskFailure failure, long computeNanos, int slot) {
        return new ChunkResult(failure == null ? ChunkFate.DONE : ChunkFate.FAILED, values, failure, computeNanos,
                slot);
    }

    /** The worker is draining and did not run the chunk. */
    public static ChunkResult refused() {
        return REFUSED;
    }

    /** The chunk's call was cancelled; the worker did not run it to its end. */
    public static ChunkResult cancelled() {
        return CANCELLED;
    }

    /** {@link ChunkFate#DONE}, {@link ChunkFate#FAILED}, {@link ChunkFate#REFUSED} or {@link ChunkFate#CANCELLED}. */
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

    /** How long the worker took over the chunk. */
    public long computeNanos() {
        return computeNanos;
    }

    /** The worker's slot that ran the chunk, from 0; -1 if it did not run. */
    public int slot() {
        return slot;
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeByte(fate.ordinal());
        Payload.write(out, values);
        out.writeLong(computeNanos);
        out.writeInt(slot);
        out.writeBoolean(failure != null);
        if (failure != null) {
            failure.writeTo(out);
        }
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        fate = ChunkFate.values()[in.readByte()];
        values = Payload.read(in);
        computeNanos = in.readLong();
        slot = in.readInt();
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
