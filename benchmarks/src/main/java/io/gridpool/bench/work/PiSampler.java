package io.gridpool.bench.work;

/**
 * Monte-Carlo π as the benchmarks run it: how many of {@code samples} random points of the square
 * [-1,1]² fall in the unit circle, for the task with index {@code task} (each task has a random
 * stream of its own, derived from its index, so a result does not depend on where it ran).
 */
@FunctionalInterface
public interface PiSampler {

    long inside(long task, long samples);
}
