package io.gridpool.internal.wire;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;

import java.io.IOException;
import java.util.List;

/**
 * Values as a chunk carries them: kept as objects by a pool that does not serialize, or written
 * by a {@link Codec} as bytes that travel. Only bytes cross the wire. Immutable.
 */
public sealed interface Payload {

    /** How many values it holds. */
    int count();

    /** Values kept as they are, in this JVM. */
    record Objects(List<Object> values) implements Payload {
        @Override
        public int count() {
            return values.size();
        }
    }

    /** Values written with Hazelcast's serialization, {@code count} of them. */
    record Bytes(byte[] bytes, int count) implements Payload {
    }

    /** Writes a payload, or its absence. */
    static void write(ObjectDataOutput out, Payload payload) throws IOException {
        if (payload == null) {
            out.writeInt(-1);
            return;
        }
        if (!(payload instanceof Bytes bytes)) {
            throw new IllegalStateException("a payload of objects stays in this JVM; it cannot be written");
        }
        out.writeInt(bytes.count());
        out.writeByteArray(bytes.bytes());
    }

    /** Reads what {@link #write} wrote. */
    static Payload read(ObjectDataInput in) throws IOException {
        int count = in.readInt();
        return count < 0 ? null : new Bytes(in.readByteArray(), count);
    }
}
