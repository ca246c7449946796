package io.gridpool.bench.jmh;

import io.gridpool.LocalPool;
import io.gridpool.bench.work.PiTasks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

import java.util.List;
import java.util.stream.LongStream;

/**
 * Scenario 1's LocalPool contender: {@code new LocalPool()} (one thread per core) maps the π
 * tasks, {@code tasks} of them in one call, as GridPool does; a warm-up maps a tenth of them.
 */
@State(Scope.Benchmark)
public class LocalPoolPiBench {

    @Param("40000")
    public int tasks;

    private LocalPool pool;
    private List<Long> inputs;
    private List<Long> warmUpInputs;
    private List<Long> current;

    @Setup(Level.Trial)
    public void start() {
        pool = new LocalPool();
        inputs = LongStream.range(0, tasks).boxed().toList();
        warmUpInputs = inputs.subList(0, Math.max(1, tasks / 10));
    }

    /** A warm-up maps a tenth of the tasks: enough for the JIT, without doubling the scenario's time. */
    @Setup(Level.Iteration)
    public void choose(IterationParams iteration) {
        current = iteration.getType() == IterationType.WARMUP ? warmUpInputs : inputs;
    }

    @Benchmark
    public long map() {
        long inside = 0;
        for (Long count : pool.map(PiTasks::inside, current)) {
            inside += count;
        }
        return inside;
    }

    @TearDown(Level.Trial)
    public void stop() {
        pool.close();
    }
}
