package io.gridpool.internal.wire;

import com.hazelcast.internal.nio.BufferObjectDataInput;
import com.hazelcast.internal.nio.BufferObjectDataOutput;
import com.hazelcast.internal.serialization.Data;
import com.hazelcast.internal.serialization.InternalSerializationService;
import com.hazelcast.internal.serialization.impl.AbstractSerializationService;
import com.hazelcast.internal.serialization.impl.SerializerAdapter;
import io.gridpool.internal.Exceptions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;

/**
 * The codec of a pool whose chunks go through Hazelcast's serialization. Values that share a class
 * travel as one typed column ({@link Columns}: the type once, then the values); others each with
 * {@code writeObject}, one after the other, so that a failure is pinned to the value that caused
 * it. Functions that capture nothing are written once per pool. Thread-safe.
 */
public final class SerializingCodec implements Codec {

    private static final int MIN_INITIAL_BYTES = 1 << 10;
    private static final int MAX_INITIAL_BYTES = 1 << 20;

    private final InternalSerializationService serialization;
    private final StatelessFunctions functions = new StatelessFunctions();
    private final RecordColumns records = new RecordColumns();

    public SerializingCodec(InternalSerializationService serialization) {
        this.serialization = serialization;
    }

    /**
     * Writes the values as one typed column when they share a class that makes one; otherwise, or
     * if the column cannot be written, one by one, so that a value that cannot be written is found.
     */
    @Override
    public Encoded encode(List<?> values) {
        byte[] dense = DenseColumns.write(values instanceof RandomAccess ? values : Arrays.asList(values.toArray()));
        if (dense != null) {
            return new Encoded(new Payload.Bytes(dense, values.size()), -1, null);
        }
        BufferObjectDataOutput out = serialization.createObjectDataOutput(initialSize(values.size()));
        try {
            byte kind = Columns.kindOf(values);
            if (kind != Columns.OBJECTS) {
                try {
                    Columns.write(out, kind, values, records);
                    return new Encoded(new Payload.Bytes(out.toByteArray(), values.size()), -1, null);
                } catch (Columns.ValueFailure e) {
                    Encoded before = encode(values.subList(0, e.offset()));
                    return new Encoded(before.payload(), e.offset(), e.getCause());
                } catch (Exception | StackOverflowError e) {
                    out.position(0);
                }
            }
            out.writeByte(Columns.OBJECTS);
            return encodeEach(out, values);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            closeQuietly(out);
        }
    }

    /** Writes the values one by one, stopping cleanly before the first that cannot be written. */
    private Encoded encodeEach(BufferObjectDataOutput out, List<?> values) {
        ObjectWriter writer = new ObjectWriter(serialization);
        int i = 0;
        for (Object value : values) {
            int mark = out.position();
            try {
                writer.write(out, value, mark);
            } catch (Exception | StackOverflowError e) {
                out.position(mark);
                return new Encoded(new Payload.Bytes(out.toByteArray(), i), i, e);
            }
            i++;
        }
        return new Encoded(new Payload.Bytes(out.toByteArray(), i), -1, null);
    }

    /**
     * Room for {@code count} values of at least 8 bytes (a type id and an int), between a kilobyte
     * and a megabyte: a chunk of numbers is written without growing the buffer, copying it, seven
     * times over, and a single big value does not start from a few bytes.
     */
    private static int initialSize(int count) {
        return (int) Math.max(MIN_INITIAL_BYTES, Math.min(64 + 8L * count, MAX_INITIAL_BYTES));
    }

    @Override
    public List<Object> decode(Payload payload) {
        return decode((Payload.Bytes) payload, false);
    }

    @Override
    public List<Object> decodeResults(Payload payload) {
        return decode((Payload.Bytes) payload, true);
    }

    /** Reads a payload; a dense column's numbers stay primitive in a {@link Column} if {@code keepPrimitive}. */
    private List<Object> decode(Payload.Bytes bytes, boolean keepPrimitive) {
        if (!dense(bytes)) {
            return decodeStream(bytes);
        }
        try {
            return keepPrimitive ? DenseColumns.read(bytes.bytes(), bytes.count())
                    : DenseColumns.readBoxed(bytes.bytes(), bytes.count());
        } catch (RuntimeException e) {
            throw new ReadFailure(0, List.of(), e);
        }
    }

    private static boolean dense(Payload.Bytes payload) {
        return payload.bytes().length > 0 && DenseColumns.isDense(payload.bytes()[0]);
    }

    /** Reads a payload written through a serialization stream: a typed column, or values one by one. */
    private List<Object> decodeStream(Payload.Bytes bytes) {
        int count = bytes.count();
        BufferObjectDataInput in = serialization.createObjectDataInput(bytes.bytes());
        try {
            byte kind = in.readByte();
            if (kind != Columns.OBJECTS) {
                return Columns.read(in, kind, count, records);
            }
        } catch (Exception | LinkageError e) {
            throw new ReadFailure(0, List.of(), e);
        }
        List<Object> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            try {
                values.add(in.readObject());
            } catch (Exception | LinkageError e) {
                throw new ReadFailure(i, values, e);
            }
        }
        return values;
    }

    @Override
    public Payload encodeOne(Object value) {
        Encoded encoded = encode(Collections.singletonList(value));
        if (!encoded.complete()) {
            throw Exceptions.sneaky(encoded.failure());
        }
        return encoded.payload();
    }

    /** A function without state read from the same bytes before is the one read then. */
    @Override
    public Object decodeOne(Payload payload) {
        return functions.objectOf((Payload.Bytes) payload, this::readOne);
    }

    private Object readOne(Payload payload) {
        try {
            return decode(payload).get(0);
        } catch (ReadFailure e) {
            throw Exceptions.sneaky(e.getCause());
        }
    }

    @Override
    public Payload function(Object function, String what) {
        return functions.payloadOf(function, fn -> functionPayload(fn, what));
    }

    private Payload functionPayload(Object function, String what) {
        try {
            return encodeOne(function);
        } catch (Exception | StackOverflowError e) {
            String culprit = Exceptions.unserializableClass(e);
            String why = culprit != null
                    ? "it captures a " + culprit + ", which is not Serializable"
                    : Exceptions.rootCause(e);
            String name = Adapters.callersFunction(function).getClass().getName();
            throw new IllegalArgumentException(what + " (" + name + ") cannot be "
                    + "serialized to travel to the workers: " + why + ". Capture only serializable values, "
                    + "or create the others inside the function.", e);
        }
    }

    @Override
    public <T> T carry(T wireObject) {
        return serialization.toObject(serialization.toData(wireObject));
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // in-memory buffers do not fail to close
        }
    }

    /**
     * Writes values exactly as {@code writeObject} does (its type id, then its serializer's
     * bytes), but finds a class's serializer once per payload rather than once per value: the
     * lookup (a few type checks and two map lookups) cost ten times the writing of an Integer.
     * A value of a class not seen yet, and any value whose write fails, goes through
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
}
