package io.gridpool.internal.wire;

import java.io.Serial;
import java.io.Serializable;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Results of one primitive kind (int, long, double) kept as a primitive array, boxed only when an
 * element is read. A map's results arrive as such columns; holding them as objects would cost the
 * caller's JVM an object per element and the garbage collector the copying of every one of them
 * while the call runs. Immutable; {@link #get} returns an equal, not always the same, box.
 */
public abstract sealed class Column extends AbstractList<Object> implements RandomAccess, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int size;

    private Column(int size) {
        this.size = size;
    }

    @Override
    public final int size() {
        return size;
    }

    /** The primitive array that holds the values. */
    abstract Object array();

    /** An empty column of this kind, of {@code size} values. */
    abstract Column sized(int size);

    /** A copy of this column's values in {@code target} from {@code offset}, which must be a column of the same kind. */
    final void copyTo(Column target, int offset) {
        System.arraycopy(array(), 0, target.array(), offset, size);
    }

    /**
     * The values as a column, if they are all Integers, all Longs or all Doubles (no null); else
     * {@code null}. The boxes themselves are left to the garbage collector while they are young.
     */
    public static Column of(List<Object> values) {
        Object first = values.isEmpty() ? null : values.get(0);
        Class<?> type = first == null ? null : first.getClass();
        if (type != Integer.class && type != Long.class && type != Double.class) {
            return null;
        }
        Object[] boxes = values.toArray();
        for (Object box : boxes) {
            if (box == null || box.getClass() != type) {
                return null;
            }
        }
        if (type == Integer.class) {
            int[] ints = new int[boxes.length];
            for (int i = 0; i < ints.length; i++) {
                ints[i] = (Integer) boxes[i];
            }
            return new Ints(ints);
        }
        if (type == Long.class) {
            long[] longs = new long[boxes.length];
            for (int i = 0; i < longs.length; i++) {
                longs[i] = (Long) boxes[i];
            }
            return new Longs(longs);
        }
        double[] doubles = new double[boxes.length];
        for (int i = 0; i < doubles.length; i++) {
            doubles[i] = (Double) boxes[i];
        }
        return new Doubles(doubles);
    }

    /**
     * The parts, in order, as one column, if they are all columns of one kind; else {@code null}.
     * An empty part of any kind is skipped.
     */
    public static Column join(List<List<Object>> parts, int size) {
        Column first = null;
        for (List<Object> part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            if (!(part instanceof Column column) || first != null && column.getClass() != first.getClass()) {
                return null;
            }
            if (first == null) {
                first = column;
            }
        }
        if (first == null) {
            return null;
        }
        Column joined = first.sized(size);
        int offset = 0;
        for (List<Object> part : parts) {
            if (!part.isEmpty()) {
                ((Column) part).copyTo(joined, offset);
                offset += part.size();
            }
        }
        if (offset != size) {
            throw new IllegalStateException("the parts hold " + offset + " values, not " + size);
        }
        return joined;
    }

    /** Serialized as the plain list it stands for, so that a reader needs nothing of grid-pool's. */
    @Serial
    Object writeReplace() {
        return new ArrayList<>(this);
    }

    /** Ints, read as {@link Integer}s. */
    static final class Ints extends Column {
        @Serial
        private static final long serialVersionUID = 1L;
        private final int[] values;

        Ints(int[] values) {
            super(values.length);
            this.values = values;
        }

        @Override
        public Object get(int index) {
            return values[index];
        }

        @Override
        Object array() {
            return values;
        }

        @Override
        Column sized(int size) {
            return new Ints(new int[size]);
        }
    }

    /** Longs, read as {@link Long}s. */
    static final class Longs extends Column {
        @Serial
        private static final long serialVersionUID = 1L;
        private final long[] values;

        Longs(long[] values) {
            super(values.length);
            this.values = values;
        }

        @Override
        public Object get(int index) {
            return values[index];
        }

        @Override
        Object array() {
            return values;
        }

        @Override
        Column sized(int size) {
            return new Longs(new long[size]);
        }
    }

    /** Doubles, read as {@link Double}s. */
    static final class Doubles extends Column {
        @Serial
        private static final long serialVersionUID = 1L;
        private final double[] values;

        Doubles(double[] values) {
            super(values.length);
            this.values = values;
        }

        @Override
        public Object get(int index) {
            return values[index];
        }

        @Override
        Object array() {
            return values;
        }

        @Override
        Column sized(int size) {
            return new Doubles(new double[size]);
        }
    }
}
