package io.gridpool.internal.wire;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.IdentifiedDataSerializable;
import io.gridpool.internal.Checks;

import java.io.IOException;
import java.util.Map;

/** A {@code starmap} argument pair in a form that travels, whatever {@link Map.Entry} it came from. */
public final class Pair implements IdentifiedDataSerializable {

    private Object key;
    private Object value;

    public Pair() {
    }

    Pair(Object key, Object value) {
        this.key = key;
        this.value = value;
    }

    public static Pair of(Map.Entry<?, ?> entry) {
        Checks.notNull(entry, "pair");
        return new Pair(entry.getKey(), entry.getValue());
    }

    public Object key() {
        return key;
    }

    public Object value() {
        return value;
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeObject(key);
        out.writeObject(value);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        key = in.readObject();
        value = in.readObject();
    }

    @Override
    public int getFactoryId() {
        return WireFactory.FACTORY_ID;
    }

    @Override
    public int getClassId() {
        return WireFactory.PAIR;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Pair pair && java.util.Objects.equals(key, pair.key)
                && java.util.Objects.equals(value, pair.value);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(key, value);
    }

    @Override
    public String toString() {
        return "(" + key + ", " + value + ")";
    }
}
