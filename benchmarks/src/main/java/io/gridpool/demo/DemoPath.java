package io.gridpool.demo;

import com.hazelcast.config.Config;
import com.hazelcast.core.HazelcastInstance;
import io.gridpool.Pool;

import java.util.Map;

/**
 * The π demo's own code path, opened to the benchmarks: the demo keeps its classes to its package,
 * so this class sits in that package (in the benchmarks' jar, on the same class path) and calls
 * exactly what {@code pi-demo --mode=grid} and {@code --mode=local} call, nothing rewritten.
 */
public final class DemoPath {

    private DemoPath() {
    }

    /** The config of the demo's embedded member ({@code --mode=grid} without members), under {@code clusterName}. */
    public static Config embeddedMember(String clusterName) {
        return GridConfigs.embedded(PiOptions.parse(new String[] {"--mode=grid", "--cluster-name=" + clusterName},
                Map.of()));
    }

    /**
     * One estimate as the demo makes it: {@code samples} darts in the demo's tasks of its default
     * batch, mapped by {@code PiEstimator} on {@code pool}; {@code grid} is the demo's grid for
     * {@code --mode=grid}, {@code null} for {@code --mode=local}. Returns the darts inside.
     */
    public static long estimate(Pool pool, HazelcastInstance grid, long samples, long seed) {
        PiEstimator estimator = new PiEstimator(grid == null ? Mode.LOCAL : Mode.GRID, pool, grid);
        PiEstimate estimate = estimator.estimate(new PiJob(samples, PiOptions.DEFAULT_BATCH, seed), Progress.none());
        if (estimate.samples() != samples) {
            throw new IllegalStateException(estimate.samples() + " samples counted, not " + samples);
        }
        return estimate.inside();
    }

    /** The demo's darts per task. */
    public static long batch() {
        return PiOptions.DEFAULT_BATCH;
    }
}
