package io.gridpool.demo;

import java.util.SplittableRandom;

/**
 * The story's {@code sample(num_samples)}: throws darts at the square [-1,1]² and counts those that
 * land in the unit circle, whose share of the square is π/4.
 * <p>
 * Each task draws from a stream of its own, derived from a seed and the task's index, so the count
 * of a task depends on nothing else: a run cut into the same tasks gives the same π whichever
 * thread, member or mode runs each task, and in whatever order. Plain Java, no Spring: the
 * benchmarks use it too. Thread-safe (it keeps no state).
 */
public final class PiSampler {

    /** The odd constant SplittableRandom itself steps by: 2^64 divided by the golden ratio. */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private PiSampler() {
    }

    /**
     * Counts how many of {@code samples} random points of [-1,1]² fall inside the unit circle,
     * drawing them from the stream of task {@code task} of the run seeded {@code seed}.
     *
     * @throws IllegalArgumentException if {@code samples} is negative
     */
    public static long inside(long seed, long task, long samples) {
        if (samples < 0) {
            throw new IllegalArgumentException("samples cannot be negative, was " + samples);
        }
        SplittableRandom random = new SplittableRandom(streamSeed(seed, task));
        long inside = 0;
        for (long i = 0; i < samples; i++) {
            double x = random.nextDouble() * 2 - 1;
            double y = random.nextDouble() * 2 - 1;
            if (x * x + y * y <= 1) {
                inside++;
            }
        }
        return inside;
    }

    /**
     * The seed of task {@code task}'s stream. Seeds a constant apart would give streams that are
     * shifted copies of each other, so the task's index is mixed in, not just added.
     */
    static long streamSeed(long seed, long task) {
        return mix64(mix64(seed) + task * GOLDEN_GAMMA);
    }

    /** Stafford's variant 13 of the MurmurHash3 finalizer, a bijection that SplittableRandom uses too. */
    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
