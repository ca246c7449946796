package io.gridpool.bench.work;

import io.gridpool.demo.PiSampler;

/**
 * The tasks of the π scenario: the story's batch of {@value #SAMPLES_PER_TASK} samples per task,
 * each task sampled by the demo's {@link PiSampler} (a SplittableRandom per task, its stream
 * derived from the run's seed and the task's index, {@code x*x + y*y <= 1}), so every contender
 * runs the demo's own code.
 */
public final class PiTasks {

    /** The story's {@code sample_batch_size}. */
    public static final long SAMPLES_PER_TASK = 100_000;

    /** The seed of every run; a task's count depends only on it and the task's index. */
    public static final long SEED = 2024;

    private PiTasks() {
    }

    /** The points of task {@code task} that fell in the circle. */
    public static Long inside(Long task) {
        return PiSampler.inside(SEED, task, SAMPLES_PER_TASK);
    }
}
