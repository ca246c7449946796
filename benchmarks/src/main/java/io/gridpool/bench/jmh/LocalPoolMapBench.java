package io.gridpool.bench.jmh;

import io.gridpool.LocalPool;
import io.gridpool.bench.work.Work;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.List;
import java.util.stream.IntStream;

/** Scenario 2's LocalPool contender: {@code map(x -> x + 1)} over {@code count} integers, automatic chunk size. */
@State(Scope.Benchmark)
public class LocalPoolMapBench {

    @Param("1000000")
    public int count;

    private LocalPool pool;
    private List<Integer> inputs;

    @Setup(Level.Trial)
    public void start() {
        pool = new LocalPool();
        inputs = IntStream.range(0, count).boxed().toList();
    }

    @Benchmark
    public List<Integer> map() {
        return pool.map(Work::addOne, inputs);
    }

    @TearDown(Level.Trial)
    public void stop() {
        pool.close();
    }
}
