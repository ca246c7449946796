package io.gridpool.bench.work;

import java.util.SplittableRandom;

/**
 * The tasks of the π scenario: the story's batch of {@value #SAMPLES_PER_TASK} samples per task,
 * each task sampled by {@link #SAMPLER}.
 */
public final class PiTasks {

    /** The story's {@code sample_batch_size}. */
    public static final long SAMPLES_PER_TASK = 100_000;

    /**
     * The sampler every contender uses. A stand-in until pi-demo-app's sampler lands on main:
     * a SplittableRandom per task, seeded by the task's index, {@code x*x + y*y <= 1}.
     */
    static final PiSampler SAMPLER = (task, samples) -> {
        SplittableRandom random = new SplittableRandom(task);
        long inside = 0;
        for (long i = 0; i < samples; i++) {
            double x = random.nextDouble(-1, 1);
            double y = random.nextDouble(-1, 1);
            if (x * x + y * y <= 1) {
                inside++;
            }
        }
        return inside;
    };

    private PiTasks() {
    }

    /** The points of task {@code task} that fell in the circle. */
    public static Long inside(Long task) {
        return SAMPLER.inside(task, SAMPLES_PER_TASK);
    }
}
