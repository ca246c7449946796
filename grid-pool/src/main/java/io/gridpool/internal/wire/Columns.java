package io.gridpool.internal.wire;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Values as one typed column, laid out as the data is: a kind, which nulls there are, then the
 * values themselves without a type id each: ints, longs, doubles, strings and byte arrays as they
 * are, {@link Pair}s as a column of keys and a column of values, and records as one column per
 * component ({@link RecordColumns}). Values that do not share one of these classes are not a
 * column: {@link #kindOf} says {@link #OBJECTS}, and the codec writes them one by one.
 */
final class Columns {

    static final byte OBJECTS = 0;
    static final byte INTS = 1;
    static final byte LONGS = 2;
    static final byte DOUBLES = 3;
    static final byte STRINGS = 4;
    static final byte BYTE_ARRAYS = 5;
    static final byte PAIRS = 6;
    static final byte RECORDS = 7;

    private Columns() {
    }

    /** The value at {@code offset} of the list being written could not be written. */
    static final class ValueFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int offset;

        ValueFailure(int offset, Throwable cause) {
            super("value " + offset + " could not be written", cause, false, false);
            this.offset = offset;
        }

        int offset() {
            return offset;
        }
    }

    /** The column the values make, or {@link #OBJECTS} if they make none (mixed classes, all nulls, other classes). */
    static byte kindOf(List<?> values) {
        Class<?> type = null;
        for (Object value : values) {
            if (value == null) {
                continue;
            }
            if (type == null) {
                type = value.getClass();
            } else if (value.getClass() != type) {
                return OBJECTS;
            }
        }
        if (type == null) {
            return OBJECTS;
        }
        if (type == Integer.class) {
            return INTS;
        }
        if (type == Long.class) {
            return LONGS;
        }
        if (type == Double.class) {
            return DOUBLES;
        }
        if (type == String.class) {
            return STRINGS;
        }
        if (type == byte[].class) {
            return BYTE_ARRAYS;
        }
        if (type == Pair.class) {
            return PAIRS;
        }
        return type.isRecord() ? RECORDS : OBJECTS;
    }

    /**
     * Writes the values as a column of {@code kind}, which is not {@link #OBJECTS}.
     *
     * @throws ValueFailure naming the offset in {@code values} of the first value that could not be written
     */
    static void write(ObjectDataOutput out, byte kind, List<?> values, RecordColumns records) throws IOException {
        out.writeByte(kind);
        BitSet nulls = new BitSet();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                nulls.set(i);
            }
        }
        out.writeByteArray(nulls.isEmpty() ? null : nulls.toByteArray());
        List<?> present = nulls.isEmpty() ? values : values.stream().filter(v -> v != null).toList();
        try {
            writePresent(out, kind, present, records);
        } catch (ValueFailure e) {
            throw nulls.isEmpty() ? e : new ValueFailure(originalOffset(e.offset(), nulls), e.getCause());
        }
    }

    /** The offset in the whole list of the value at {@code presentOffset} among the values that are not null. */
    private static int originalOffset(int presentOffset, BitSet nulls) {
        int seen = -1;
        int i = -1;
        while (seen < presentOffset) {
            i++;
            if (!nulls.get(i)) {
                seen++;
            }
        }
        return i;
    }

    private static void writePresent(ObjectDataOutput out, byte kind, List<?> present, RecordColumns records)
            throws IOException {
        switch (kind) {
            case INTS -> {
                for (Object value : present) {
                    out.writeInt((Integer) value);
                }
            }
            case LONGS -> {
                for (Object value : present) {
                    out.writeLong((Long) value);
                }
            }
            case DOUBLES -> {
                for (Object value : present) {
                    out.writeDouble((Double) value);
                }
            }
            case STRINGS -> {
                for (Object value : present) {
                    out.writeString((String) value);
                }
            }
            case BYTE_ARRAYS -> {
                for (Object value : present) {
                    out.writeByteArray((byte[]) value);
                }
            }
            case PAIRS -> writePairs(out, present, records);
            case RECORDS -> records.write(out, present);
            default -> throw new IllegalArgumentException("not a column: " + kind);
        }
    }

    /** Reads {@code count} values of a column written by {@link #write}, after its kind. */
    static List<Object> read(ObjectDataInput in, byte kind, int count, RecordColumns records) throws IOException {
        byte[] nullBits = in.readByteArray();
        BitSet nulls = nullBits == null ? new BitSet() : BitSet.valueOf(nullBits);
        int present = count - nulls.cardinality();
        Object[] values = switch (kind) {
            case INTS -> ints(in, present);
            case LONGS -> longs(in, present);
            case DOUBLES -> doubles(in, present);
            case STRINGS -> strings(in, present);
            case BYTE_ARRAYS -> byteArrays(in, present);
            case PAIRS -> readPairs(in, present, records);
            case RECORDS -> records.read(in, present);
            default -> throw new IOException("not a column: " + kind);
        };
        return nulls.isEmpty() ? Arrays.asList(values) : withNulls(values, nulls, count);
    }

    /** A column nested in another (a pair's keys, a record's component): typed when it can be, else objects. */
    static void writeNested(ObjectDataOutput out, List<?> values, RecordColumns records) throws IOException {
        byte kind = kindOf(values);
        if (kind != OBJECTS) {
            write(out, kind, values, records);
            return;
        }
        out.writeByte(OBJECTS);
        for (int i = 0; i < values.size(); i++) {
            try {
                out.writeObject(values.get(i));
            } catch (Exception | StackOverflowError e) {
                throw new ValueFailure(i, e);
            }
        }
    }

    static List<Object> readNested(ObjectDataInput in, int count, RecordColumns records) throws IOException {
        byte kind = in.readByte();
        if (kind != OBJECTS) {
            return read(in, kind, count, records);
        }
        Object[] values = new Object[count];
        for (int i = 0; i < count; i++) {
            values[i] = in.readObject();
        }
        return Arrays.asList(values);
    }

    private static void writePairs(ObjectDataOutput out, List<?> pairs, RecordColumns records) throws IOException {
        List<Object> keys = new ArrayList<>(pairs.size());
        List<Object> vals = new ArrayList<>(pairs.size());
        for (Object pair : pairs) {
            keys.add(((Pair) pair).key());
            vals.add(((Pair) pair).value());
        }
        writeNested(out, keys, records);
        writeNested(out, vals, records);
    }

    private static Object[] readPairs(ObjectDataInput in, int count, RecordColumns records) throws IOException {
        List<Object> keys = readNested(in, count, records);
        List<Object> vals = readNested(in, count, records);
        Object[] pairs = new Object[count];
        for (int i = 0; i < count; i++) {
            pairs[i] = new Pair(keys.get(i), vals.get(i));
        }
        return pairs;
    }

    private static Object[] ints(ObjectDataInput in, int count) throws IOException {
        Object[] values = new Object[count];
        for (int i = 0; i < count; i++) {
            values[i] = in.readInt();
        }
        return values;
    }

    private static Object[] longs(ObjectDataInput in, int count) throws IOException {
        Object[] values = new Object[count];
        for (int i = 0; i < count; i++) {
            values[i] = in.readLong();
        }
        return values;
    }

    private static Object[] doubles(ObjectDataInput in, int count) throws IOException {
        Object[] values = new Object[count];
        for (int i = 0; i < count; i++) {
            values[i] = in.readDouble();
        }
        return values;
    }

    private static Object[] strings(ObjectDataInput in, int count) throws IOException {
        Object[] values = new Object[count];
        for (int i = 0; i < count; i++) {
            values[i] = in.readString();
        }
        return values;
    }

    private static Object[] byteArrays(ObjectDataInput in, int count) throws IOException {
        Object[] values = new Object[count];
        for (int i = 0; i < count; i++) {
            values[i] = in.readByteArray();
        }
        return values;
    }

    private static List<Object> withNulls(Object[] present, BitSet nulls, int count) {
        Object[] values = new Object[count];
        int next = 0;
        for (int i = 0; i < count; i++) {
            values[i] = nulls.get(i) ? null : present[next++];
        }
        return Arrays.asList(values);
    }
}
