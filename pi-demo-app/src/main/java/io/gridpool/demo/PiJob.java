package io.gridpool.demo;

import io.gridpool.GridContext;
import java.io.Serializable;
import java.util.Iterator;
import java.util.stream.LongStream;

/**
 * One estimate of π, cut into tasks: {@code samples} darts in tasks of {@code batch} darts (the
 * last task takes the remainder), task {@code i} drawing from stream {@code i} of {@code seed}.
 * The same job gives the same count wherever its tasks run. The job travels to grid members with
 * its function, hence {@code Serializable}. Immutable.
 *
 * @param samples darts in all, at least 1
 * @param batch   darts per task, at least 1
 * @param seed    the seed the tasks' streams derive from
 */
record PiJob(long samples, long batch, long seed) implements Serializable {

    /** More tasks than this cost more in results than they give in balance. */
    static final long MAX_TASKS = 100_000_000L;

    PiJob {
        if (samples < 1 || batch < 1) {
            throw new IllegalArgumentException("samples and batch must be at least 1, were " + samples + " and " + batch);
        }
        long tasks = samples / batch + (samples % batch == 0 ? 0 : 1);
        if (tasks > MAX_TASKS) {
            throw new IllegalArgumentException("batch " + Counts.readable(batch) + " cuts " + Counts.readable(samples)
                    + " samples into " + Counts.readable(tasks) + " tasks; at most " + Counts.readable(MAX_TASKS)
                    + " are allowed, so make the batch larger");
        }
    }

    long tasks() {
        return samples / batch + (samples % batch == 0 ? 0 : 1);
    }

    /** The tasks' indices, lazily; an input of unknown length, so the pool sizes its chunks by their time. */
    Iterable<Long> taskIndices() {
        return () -> LongStream.range(0, tasks()).boxed().iterator();
    }

    /** The counts of every task, one after the other on this thread: the story's first step. */
    Iterator<TaskCount> countSerially() {
        return LongStream.range(0, tasks()).mapToObj(this::count).iterator();
    }

    /** Runs task {@code task}: the function the pools apply to each index. */
    TaskCount count(long task) {
        long darts = Math.min(batch, samples - task * batch);
        return new TaskCount(darts, PiSampler.inside(seed, task, darts), worker());
    }

    /** The grid member running this task as {@code host:port}, or {@link TaskCount#THIS_JVM}. */
    private static String worker() {
        if (!GridContext.onGrid()) {
            return TaskCount.THIS_JVM;
        }
        return Members.name(GridContext.hazelcast().getCluster().getLocalMember());
    }
}
