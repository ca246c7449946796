package io.gridpool.bench.work;

import java.io.Serializable;

/**
 * {@link Point} as a record that implements {@link Serializable}: Hazelcast then picks Java
 * serialization for it, not Compact, as it does for a user's record that happens to be
 * Serializable.
 */
public record SerialPoint(double a, double b) implements Serializable {

    /** The scenario's function: the components swapped. */
    public static SerialPoint swap(SerialPoint p) {
        return new SerialPoint(p.b(), p.a());
    }
}
