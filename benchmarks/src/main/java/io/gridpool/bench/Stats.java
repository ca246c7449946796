package io.gridpool.bench;

import java.util.Arrays;
import java.util.Collection;

/** Medians and percentiles of measurements. */
public final class Stats {

    private Stats() {
    }

    public static double median(Collection<Double> values) {
        return percentile(values, 50);
    }

    /** The {@code p}-th percentile by the nearest-rank method; NaN for no values. */
    public static double percentile(Collection<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        if (p == 50 && sorted.length % 2 == 0) {
            return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
