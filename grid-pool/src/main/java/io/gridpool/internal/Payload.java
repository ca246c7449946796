package io.gridpool.internal;

import com.hazelcast.internal.nio.BufferObjectDataInput;
import com.hazelcast.internal.nio.BufferObjectDataOutput;
import com.hazelcast.internal.serialization.Data;
import com.hazelcast.internal.serialization.InternalSerializationService;
import com.hazelcast.internal.serialization.impl.AbstractSerializationService;
import com.hazelcast.internal.serialization.impl.SerializerAdapter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Elements and results as they cross the wire: each object written with Hazelcast's own
 * serialization ({@code writeObject}), one after the other, so numbers, strings and records stay
 * cheap and a failure is pinned to the object that caused it.
 */
final class Payload {

    private static final int MIN_INITIAL_BYTES = 1 << 10;
    private static final int MAX_INITIAL_BYTES = 1 << 20;

    private Payload() {
    }

    /**
     * The objects that could be written, and the first that could not.
     *
     * @param failedAt the offset of the first object that could not be written, or -1
     */
    record Encoded(byte[] bytes, int count, int failedAt, Throwable failure) {
        boolean complete() {
            return failedAt < 0;
        }
    }

    /** Writes {@code values} in order, stopping cleanly before the first that cannot be written. */
    static Encoded encode(InternalSerializationService serialization, List<?> values) {
        BufferObjectDataOutput out = serialization.createObjectDataOutput(initialSize(values.size()));
        ObjectWriter writer = new ObjectWriter(serialization);
        try {
            int i = 0;
            for (Object value : values) {
                int mark = out.position();
                try {
                    writer.write(out, value, mark);
                } catch (Exception | StackOverflowError e) {
                    out.position(mark);
                    return new Encoded(out.toByteArray(), i, i, e);
                }
                i++;
            }
            return new Encoded(out.toByteArray(), i, -1, null);
        } finally {
            closeQuietly(out);
        }
    }

    /**
     * Room for {@code count} objects of at least 8 bytes (a type id and an int), between a kilobyte
     * and a megabyte: a chunk of numbers is written without growing the buffer, copying it, seven
     * times over, and a single big object does not start from a few bytes.
     */
    private static int initialSize(int count) {
        return (int) Math.max(MIN_INITIAL_BYTES, Math.min(64 + 8L * count, MAX_INITIAL_BYTES));
    }

    /**
     * Writes objects exactly as {@code writeObject} does (its type id, then its serializer's
     * bytes), but finds a class's serializer once per payload rather than once per object: the
     * lookup (a few type checks and two map lookups) cost ten times the writing of an Integer.
     * An object of a class not seen yet, and any object whose write fails, goes through
     * {@code writeObject} itself, so failures read as they always did.
     */
    private static final class ObjectWriter {
        private final AbstractSerializationService service;
        private Class<?> knownClass;
        private SerializerAdapter knownSerializer;

        ObjectWriter(InternalSerializationService serialization) {
            this.service = serialization instanceof AbstractSerializationService s ? s : null;
        }

        void write(BufferObjectDataOutput out, Object value, int mark) throws IOException {
            if (value != null && value.getClass() == knownClass) {
                try {
                    out.writeInt(knownSerializer.getTypeId());
                    knownSerializer.write(out, value);
                    return;
                } catch (Exception | StackOverflowError e) {
                    out.position(mark);
                }
            }
            out.writeObject(value);
            if (service != null && value != null && !(value instanceof Data)) {
                knownClass = value.getClass();
                knownSerializer = service.serializerFor(value, false);
            }
        }
    }

    /** Writes one object, letting its failure through. */
    static byte[] encodeOne(InternalSerializationService serialization, Object value) {
        Encoded encoded = encode(serialization, java.util.Collections.singletonList(value));
        if (!encoded.complete()) {
            throw Exceptions.sneaky(encoded.failure());
        }
        return encoded.bytes();
    }

    /**
     * Reads {@code count} objects.
     *
     * @throws ReadFailure naming the offset of the object that could not be read
     */
    static List<Object> decode(InternalSerializationService serialization, byte[] bytes, int count) {
        List<Object> values = new ArrayList<>(count);
        BufferObjectDataInput in = serialization.createObjectDataInput(bytes);
        for (int i = 0; i < count; i++) {
            try {
                values.add(in.readObject());
            } catch (Exception | LinkageError e) {
                throw new ReadFailure(i, values, e);
            }
        }
        return values;
    }

    /** Reads one object, letting its failure through. */
    static Object decodeOne(InternalSerializationService serialization, byte[] bytes) {
        try {
            return decode(serialization, bytes, 1).get(0);
        } catch (ReadFailure e) {
            throw Exceptions.sneaky(e.getCause());
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // in-memory buffers do not fail to close
        }
    }

    /** An object of a payload could not be read; the ones before it were. */
    static final class ReadFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int offset;
        final transient List<Object> before;

        ReadFailure(int offset, List<Object> before, Throwable cause) {
            super("object " + offset + " of the payload could not be read", cause, false, false);
            this.offset = offset;
            this.before = before;
        }
    }
}
