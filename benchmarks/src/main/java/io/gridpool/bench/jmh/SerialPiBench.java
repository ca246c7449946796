package io.gridpool.bench.jmh;

import io.gridpool.bench.work.PiTasks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Scenario 1's Java serial contender: the π tasks one after the other on one thread. One
 * operation is {@code tasks} tasks of {@link PiTasks#SAMPLES_PER_TASK} samples; the harness runs
 * it in single-shot batches that add up to the scenario's samples. Each operation takes the next
 * task indices, so no two tasks sample the same stream.
 */
@State(Scope.Thread)
public class SerialPiBench {

    @Param("1000")
    public int tasks;

    private long next;

    @Benchmark
    public long sample() {
        long inside = 0;
        for (int i = 0; i < tasks; i++) {
            inside += PiTasks.inside(next++);
        }
        return inside;
    }
}
