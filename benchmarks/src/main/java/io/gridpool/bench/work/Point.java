package io.gridpool.bench.work;

/** The records scenario's element: two doubles, carried by Hazelcast's zero-config Compact. */
public record Point(double a, double b) {

    /** The scenario's function: the components swapped. */
    public static Point swap(Point p) {
        return new Point(p.b(), p.a());
    }
}
