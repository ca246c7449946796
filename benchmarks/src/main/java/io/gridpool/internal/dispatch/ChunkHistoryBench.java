package io.gridpool.internal.dispatch;

import io.gridpool.PoolSnapshot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.lang.reflect.Proxy;
import java.util.List;

/**
 * What the live view costs a pool per chunk: {@link ChunkHistory#record}, the one store the
 * sender makes when a chunk's answer arrives, and the copy of the whole ring that a snapshot
 * takes. In the engine's own package, since both are package-private; the benchmarks module's
 * {@code SnapshotCost} runs it.
 */
@State(Scope.Benchmark)
public class ChunkHistoryBench {

    private ChunkHistory history;
    private Chunk chunk;
    private long start;

    @Setup
    public void fill() {
        history = new ChunkHistory();
        chunk = new Chunk(oneCall(), 0, 0, null, 64, null, null);
        start = System.nanoTime();
        for (int i = 0; i < PoolSnapshot.HISTORY; i++) {
            record();
        }
    }

    @Benchmark
    public void record() {
        long end = System.nanoTime();
        history.record("member-1", 1, chunk, start, end, 0, PoolSnapshot.Outcome.DONE, false);
    }

    @Benchmark
    public List<PoolSnapshot.Chunk> copyFullRing() {
        return history.chunks();
    }

    /** A new ring filled with {@link PoolSnapshot#HISTORY} chunks, for measuring what it holds. */
    public static Object filledRing() {
        ChunkHistoryBench bench = new ChunkHistoryBench();
        bench.fill();
        return bench.history;
    }

    /** A call of which the ring reads only what it reads of any: its id. */
    private static Job oneCall() {
        return (Job) Proxy.newProxyInstance(Job.class.getClassLoader(), new Class<?>[] {Job.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("id")) {
                        return 1L;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
