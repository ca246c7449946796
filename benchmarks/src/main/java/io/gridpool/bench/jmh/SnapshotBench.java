package io.gridpool.bench.jmh;

import io.gridpool.LocalPool;
import io.gridpool.PoolSnapshot;
import io.gridpool.bench.work.Work;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The live view seen from the public API: what one {@code snapshot()} of a pool with a full task
 * stream costs its reader, and, for scale, what a whole chunk of one element costs a
 * {@code LocalPool} (a map of {@value #CHUNKS} chunks of one element each).
 */
@State(Scope.Benchmark)
public class SnapshotBench {

    static final int CHUNKS = 1_000;

    private LocalPool pool;
    private List<Integer> inputs;

    @Setup(Level.Trial)
    public void start() {
        pool = new LocalPool(2);
        inputs = IntStream.range(0, CHUNKS).boxed().toList();
        pool.map(Work::addOne, IntStream.range(0, 2 * PoolSnapshot.HISTORY).boxed().toList(), 1);
    }

    @Benchmark
    public PoolSnapshot snapshot() {
        return pool.snapshot();
    }

    @Benchmark
    public List<Integer> mapOfOneElementChunks() {
        return pool.map(Work::addOne, inputs, 1);
    }

    @TearDown(Level.Trial)
    public void stop() {
        pool.close();
    }
}
