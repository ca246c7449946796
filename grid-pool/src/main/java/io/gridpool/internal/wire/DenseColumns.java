package io.gridpool.internal.wire;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

/**
 * Ints, longs and doubles without a null among them, the commonest chunk of all: written straight
 * into a byte array of their exact size (a kind byte, then the values, big-endian), without going
 * through a serialization stream, and read back the same way. A chunk of a million Integers is
 * then one array of four megabytes each way, with no buffer grown and copied. Stateless.
 */
final class DenseColumns {

    static final byte INTS = 8;
    static final byte LONGS = 9;
    static final byte DOUBLES = 10;

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final int HEADER = 1;

    private DenseColumns() {
    }

    /** Whether a payload's first byte, {@code kind}, is one of these columns. */
    static boolean isDense(byte kind) {
        return kind == INTS || kind == LONGS || kind == DOUBLES;
    }

    /**
     * The values as a dense column, if they are all Integers, all Longs or all Doubles; else
     * {@code null}. The list is read by index: the chunker's and the workers' lists are arrays.
     */
    static byte[] write(List<?> values) {
        int count = values.size();
        Class<?> type = count == 0 || values.get(0) == null ? null : values.get(0).getClass();
        if (type != Integer.class && type != Long.class && type != Double.class) {
            return null;
        }
        for (int i = 1; i < count; i++) {
            Object value = values.get(i);
            if (value == null || value.getClass() != type) {
                return null;
            }
        }
        if (type == Integer.class) {
            byte[] bytes = start(INTS, 4, count);
            for (int i = 0; i < count; i++) {
                INT.set(bytes, HEADER + 4 * i, ((Integer) values.get(i)).intValue());
            }
            return bytes;
        }
        byte[] bytes = start(type == Long.class ? LONGS : DOUBLES, 8, count);
        if (type == Long.class) {
            for (int i = 0; i < count; i++) {
                LONG.set(bytes, HEADER + 8 * i, ((Long) values.get(i)).longValue());
            }
        } else {
            for (int i = 0; i < count; i++) {
                LONG.set(bytes, HEADER + 8 * i, Double.doubleToRawLongBits((Double) values.get(i)));
            }
        }
        return bytes;
    }

    private static byte[] start(byte kind, int width, int count) {
        byte[] bytes = new byte[HEADER + width * count];
        bytes[0] = kind;
        return bytes;
    }

    /**
     * The {@code count} values of a dense column as a {@link Column}, which boxes each when it is
     * read: for results that a caller holds.
     */
    static Column read(byte[] bytes, int count) {
        checkSize(bytes, count);
        switch (bytes[0]) {
            case INTS -> {
                int[] values = new int[count];
                for (int i = 0; i < count; i++) {
                    values[i] = (int) INT.get(bytes, HEADER + 4 * i);
                }
                return new Column.Ints(values);
            }
            case LONGS -> {
                long[] values = new long[count];
                for (int i = 0; i < count; i++) {
                    values[i] = (long) LONG.get(bytes, HEADER + 8 * i);
                }
                return new Column.Longs(values);
            }
            default -> {
                double[] values = new double[count];
                for (int i = 0; i < count; i++) {
                    values[i] = Double.longBitsToDouble((long) LONG.get(bytes, HEADER + 8 * i));
                }
                return new Column.Doubles(values);
            }
        }
    }

    /** The {@code count} values of a dense column boxed at once: for values about to be used one by one. */
    static List<Object> readBoxed(byte[] bytes, int count) {
        checkSize(bytes, count);
        Object[] values = new Object[count];
        switch (bytes[0]) {
            case INTS -> {
                for (int i = 0; i < count; i++) {
                    values[i] = (int) INT.get(bytes, HEADER + 4 * i);
                }
            }
            case LONGS -> {
                for (int i = 0; i < count; i++) {
                    values[i] = (long) LONG.get(bytes, HEADER + 8 * i);
                }
            }
            default -> {
                for (int i = 0; i < count; i++) {
                    values[i] = Double.longBitsToDouble((long) LONG.get(bytes, HEADER + 8 * i));
                }
            }
        }
        return Arrays.asList(values);
    }

    private static void checkSize(byte[] bytes, int count) {
        int width = bytes[0] == INTS ? 4 : 8;
        if (bytes.length != HEADER + (long) width * count) {
            throw new IllegalArgumentException("a column of " + count + " values of " + width + " bytes cannot take "
                    + bytes.length + " bytes");
        }
    }
}
