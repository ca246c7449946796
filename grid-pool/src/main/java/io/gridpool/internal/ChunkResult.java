package io.gridpool.internal;

import com.hazelcast.internal.serialization.InternalSerializationService;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.IdentifiedDataSerializable;

import java.io.IOException;
import java.util.List;

/**
 * What a worker sends back for a chunk: the results of the elements it ran, in order, and, when
 * an element failed, the failure after them. A worker that would not run the chunk (it is
 * draining, or the call was cancelled) says so instead, and the chunk goes elsewhere or nowhere.
 */
public final class ChunkResult implements IdentifiedDataSerializable {

    enum Status { DONE, FAILED, REFUSED, CANCELLED }

    private Status status;
    private int count;
    private byte[] encoded;
    private transient List<Object> values;
    private TaskFailure failure;
    private long computeNanos;
    private String reason;

    public ChunkResult() {
    }

    /** Results kept as objects, for a worker in this JVM that does not serialize. */
    static ChunkResult of(List<Object> values, TaskFailure failure, long computeNanos) {
        ChunkResult result = new ChunkResult();
        result.status = failure == null ? Status.DONE : Status.FAILED;
        result.values = values;
        result.count = values.size();
        result.failure = failure;
        result.computeNanos = computeNanos;
        return result;
    }

    /** Results already written with Hazelcast's serialization. */
    static ChunkResult encoded(byte[] encoded, int count, TaskFailure failure, long computeNanos) {
        ChunkResult result = new ChunkResult();
        result.status = failure == null ? Status.DONE : Status.FAILED;
        result.encoded = encoded;
        result.count = count;
        result.failure = failure;
        result.computeNanos = computeNanos;
        return result;
    }

    static ChunkResult refused(String reason) {
        ChunkResult result = new ChunkResult();
        result.status = Status.REFUSED;
        result.reason = reason;
        return result;
    }

    static ChunkResult cancelled() {
        ChunkResult result = new ChunkResult();
        result.status = Status.CANCELLED;
        return result;
    }

    Status status() {
        return status;
    }

    /** The results of the elements before the failure, or of all elements. */
    List<Object> values(InternalSerializationService serialization) {
        if (values == null) {
            values = encoded == null ? List.of() : Payload.decode(serialization, encoded, count);
        }
        return values;
    }

    /** How many bytes the results take on the wire; 0 for results kept as objects. */
    int encodedSize() {
        return encoded == null ? 0 : encoded.length;
    }

    TaskFailure failure() {
        return failure;
    }

    long computeNanos() {
        return computeNanos;
    }

    String reason() {
        return reason;
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeByte(status.ordinal());
        out.writeInt(count);
        out.writeByteArray(encoded);
        out.writeLong(computeNanos);
        out.writeString(reason);
        out.writeBoolean(failure != null);
        if (failure != null) {
            failure.writeTo(out);
        }
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        status = Status.values()[in.readByte()];
        count = in.readInt();
        encoded = in.readByteArray();
        computeNanos = in.readLong();
        reason = in.readString();
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
