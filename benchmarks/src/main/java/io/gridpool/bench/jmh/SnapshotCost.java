package io.gridpool.bench.jmh;

import io.gridpool.PoolSnapshot;
import io.gridpool.internal.dispatch.ChunkHistoryBench;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The live view's cost, for the snapshot's figures: per chunk (the record the sender makes), per
 * snapshot (the copy of a full task stream, and a whole {@code snapshot()}), set beside what a
 * chunk of one element costs a {@code LocalPool} in all; and the heap a full task stream holds.
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar io.gridpool.bench.jmh.SnapshotCost}: each
 * benchmark in a JMH fork of its own, 5 × 1 s measured after 5 × 1 s of warm-up.
 */
public final class SnapshotCost {

    private SnapshotCost() {
    }

    public static void main(String[] args) throws RunnerException {
        double record = nanos(ChunkHistoryBench.class, "record");
        double copy = nanos(ChunkHistoryBench.class, "copyFullRing");
        double snapshot = nanos(SnapshotBench.class, "snapshot");
        double chunk = nanos(SnapshotBench.class, "mapOfOneElementChunks") / SnapshotBench.CHUNKS;
        System.out.printf(Locale.ROOT, "record one finished chunk: %.0f ns (%.1f %% of a one-element chunk's"
                + " %.0f ns in a LocalPool map)%n", record, 100 * record / chunk, chunk);
        System.out.printf(Locale.ROOT, "copy the full task stream (%d chunks): %.1f us%n", PoolSnapshot.HISTORY,
                copy / 1e3);
        System.out.printf(Locale.ROOT, "pool.snapshot() with a full task stream: %.1f us%n", snapshot / 1e3);
        System.out.printf(Locale.ROOT, "heap held by a full task stream: %.0f KB%n", ringBytes() / 1024);
    }

    private static double nanos(Class<?> benchmark, String method) throws RunnerException {
        List<RunResult> results = new ArrayList<>(new Runner(new OptionsBuilder()
                .include("^" + benchmark.getName().replace(".", "\\.") + "\\." + method + "$")
                .forks(1).jvmArgs("-Xmx1g")
                .mode(Mode.AverageTime).timeUnit(TimeUnit.NANOSECONDS)
                .warmupIterations(5).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .shouldFailOnError(true).verbosity(VerboseMode.SILENT)
                .build()).run());
        return results.get(0).getPrimaryResult().getScore();
    }

    /** The heap that 32 full rings hold, after a full collection, divided by 32. */
    private static double ringBytes() {
        int rings = 32;
        long before = usedAfterGc();
        List<Object> kept = new ArrayList<>();
        for (int i = 0; i < rings; i++) {
            kept.add(ChunkHistoryBench.filledRing());
        }
        long after = usedAfterGc();
        if (kept.size() != rings) {
            throw new AssertionError();
        }
        return (after - before) / (double) rings;
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
