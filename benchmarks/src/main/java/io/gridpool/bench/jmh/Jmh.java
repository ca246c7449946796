package io.gridpool.bench.jmh;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one JMH benchmark of this module in a forked JVM, quietly, and returns its score: the
 * contenders that fit in one JVM are measured by JMH, one fork per round of their scenario.
 */
public final class Jmh {

    private Jmh() {
    }

    /**
     * Single-shot: {@code warmupBatch} operations timed once to warm up, then {@code batch}
     * operations timed together. Returns the seconds of the measured batch.
     */
    public static double singleShot(Class<?> benchmark, int warmupBatch, int batch, Map<String, String> params) {
        return singleShot(benchmark, warmupBatch, batch, params, 1);
    }

    /** {@link #singleShot} on {@code threads} threads at once, each timing its own batch; returns their mean. */
    public static double singleShot(Class<?> benchmark, int warmupBatch, int batch, Map<String, String> params,
                                    int threads) {
        ChainedOptionsBuilder options = base(benchmark, params)
                .threads(threads)
                .mode(Mode.SingleShotTime)
                .warmupIterations(warmupBatch > 0 ? 1 : 0)
                .warmupBatchSize(Math.max(1, warmupBatch))
                .measurementIterations(1)
                .measurementBatchSize(batch);
        return score(options);
    }

    private static ChainedOptionsBuilder base(Class<?> benchmark, Map<String, String> params) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + benchmark.getName().replace(".", "\\.") + "\\.")
                .forks(1)
                .jvmArgs("-Xmx2g")
                .timeUnit(TimeUnit.SECONDS)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT);
        params.forEach(options::param);
        return options;
    }

    private static double score(ChainedOptionsBuilder options) {
        try {
            Collection<RunResult> results = new Runner(options.build()).run();
            if (results.isEmpty()) {
                throw new IllegalStateException("JMH ran nothing");
            }
            return results.iterator().next().getPrimaryResult().getScore();
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH failed: " + e.getMessage(), e);
        }
    }
}
