package io.gridpool.internal.wire;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records as columns: the record's class name once, then one column per component, primitives
 * written as they are, other components as nested columns; read back through the record's
 * canonical constructor. As with Hazelcast's zero-config Compact, a record travels as its data,
 * whether or not it implements {@code Serializable}: no Java serialization runs, and only a
 * record class is ever constructed. Thread-safe.
 */
final class RecordColumns {

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private final Map<String, Class<?>> classes = new ConcurrentHashMap<>();

    void write(ObjectDataOutput out, List<?> records) throws IOException {
        Class<?> type = records.get(0).getClass();
        Shape shape;
        try {
            shape = SHAPES.get(type);
        } catch (IllegalStateException e) {
            throw new Columns.ValueFailure(0, e);
        }
        out.writeString(type.getName());
        for (int c = 0; c < shape.getters.length; c++) {
            writeComponent(out, shape.types[c], shape.getters[c], records);
        }
    }

    /** One component of every record: primitives as they are, without boxing, others as a nested column. */
    private void writeComponent(ObjectDataOutput out, Class<?> kind, MethodHandle getter, List<?> records)
            throws IOException {
        int i = 0;
        try {
            if (kind == int.class) {
                for (; i < records.size(); i++) {
                    out.writeInt((int) getter.invokeExact(records.get(i)));
                }
            } else if (kind == long.class) {
                for (; i < records.size(); i++) {
                    out.writeLong((long) getter.invokeExact(records.get(i)));
                }
            } else if (kind == double.class) {
                for (; i < records.size(); i++) {
                    out.writeDouble((double) getter.invokeExact(records.get(i)));
                }
            } else {
                List<Object> values = new ArrayList<>(records.size());
                for (; i < records.size(); i++) {
                    values.add((Object) getter.invokeExact(records.get(i)));
                }
                Columns.writeNested(out, values, this);
            }
        } catch (Columns.ValueFailure | IOException e) {
            throw e;
        } catch (Throwable t) {
            throw new Columns.ValueFailure(i, t);
        }
    }

    Object[] read(ObjectDataInput in, int count) throws IOException {
        Shape shape = SHAPES.get(resolve(in.readString(), in.getClassLoader()));
        int arity = shape.types.length;
        Object[][] components = new Object[arity][];
        for (int c = 0; c < arity; c++) {
            Class<?> kind = shape.types[c];
            Object[] column = new Object[count];
            if (kind == int.class) {
                for (int i = 0; i < count; i++) {
                    column[i] = in.readInt();
                }
            } else if (kind == long.class) {
                for (int i = 0; i < count; i++) {
                    column[i] = in.readLong();
                }
            } else if (kind == double.class) {
                for (int i = 0; i < count; i++) {
                    column[i] = in.readDouble();
                }
            } else {
                column = Columns.readNested(in, count, this).toArray();
            }
            components[c] = column;
        }
        Object[] records = new Object[count];
        Object[] args = new Object[arity];
        for (int i = 0; i < count; i++) {
            for (int c = 0; c < arity; c++) {
                args[c] = components[c][i];
            }
            records[i] = construct(shape.constructor, args);
        }
        return records;
    }

    /** The record class named on the wire; anything but a record is refused. */
    private Class<?> resolve(String name, ClassLoader loader) throws IOException {
        Class<?> type = classes.get(name);
        if (type == null) {
            try {
                type = Class.forName(name, false, loader != null ? loader : RecordColumns.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IOException("record class " + name + " was not found", e);
            }
            if (!type.isRecord()) {
                throw new IOException(name + " is not a record class");
            }
            classes.putIfAbsent(name, type);
        }
        return type;
    }

    private static Object construct(MethodHandle constructor, Object[] args) throws IOException {
        try {
            return (Object) constructor.invokeExact(args);
        } catch (Throwable t) {
            throw new IOException("could not construct a record: " + t, t);
        }
    }

    /**
     * A record class's components, their accessors (taking an Object, returning the component's
     * primitive type or an Object), and its canonical constructor taking an Object[].
     */
    private record Shape(Class<?>[] types, MethodHandle[] getters, MethodHandle constructor) {

        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            MethodHandle[] getters = new MethodHandle[components.length];
            try {
                MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, LOOKUP);
                for (int c = 0; c < components.length; c++) {
                    types[c] = components[c].getType();
                    Class<?> returned = types[c].isPrimitive() && (types[c] == int.class || types[c] == long.class
                            || types[c] == double.class) ? types[c] : Object.class;
                    getters[c] = lookup.unreflect(components[c].getAccessor())
                            .asType(MethodType.methodType(returned, Object.class));
                }
                MethodHandle constructor = lookup.findConstructor(type, MethodType.methodType(void.class, types))
                        .asType(MethodType.genericMethodType(components.length))
                        .asSpreader(Object[].class, components.length);
                return new Shape(types, getters, constructor);
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                throw new IllegalStateException("record " + type.getName() + " cannot be read as its components: "
                        + e.getMessage(), e);
            }
        }
    }
}
