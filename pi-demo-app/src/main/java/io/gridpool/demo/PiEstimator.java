package io.gridpool.demo;

import com.hazelcast.core.HazelcastInstance;
import io.gridpool.Pool;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Runs {@link PiJob}s in one {@link Mode}: serially on the calling thread, or as a map of the
 * job's tasks on the application's {@link Pool}, a {@code LocalPool} or a {@code GridPool}; the
 * code that maps is the same for both. Thread-safe, as the pool is: the web endpoint runs jobs
 * side by side.
 */
final class PiEstimator {

    private final Mode mode;
    private final Pool pool;
    private final HazelcastInstance grid;

    /**
     * @param pool the pool of {@link Mode#LOCAL} and {@link Mode#GRID}; unused by {@link Mode#SERIAL}
     * @param grid the grid of {@link Mode#GRID}, whose members the estimates list; else {@code null}
     */
    PiEstimator(Mode mode, Pool pool, HazelcastInstance grid) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.pool = mode == Mode.SERIAL ? null : Objects.requireNonNull(pool, "pool");
        this.grid = mode == Mode.GRID ? Objects.requireNonNull(grid, "grid") : null;
    }

    Mode mode() {
        return mode;
    }

    /** Runs {@code job}, telling {@code progress} as the darts are counted. */
    PiEstimate estimate(PiJob job, Progress progress) {
        long start = System.nanoTime();
        Tally tally = new Tally(workers());
        Iterator<TaskCount> counts = mode == Mode.SERIAL
                ? job.countSerially()
                : pool.imapUnordered(job::count, job.taskIndices());
        while (counts.hasNext()) {
            tally.add(counts.next());
            progress.counted(tally.samples(), job.samples(), System.nanoTime() - start);
        }
        long nanos = System.nanoTime() - start;
        progress.finished();
        return tally.estimate(job, mode, slots(), nanos);
    }

    /** The workers a run may use: the grid's members, or this JVM. */
    List<String> workers() {
        return grid == null ? List.of(TaskCount.THIS_JVM) : Members.names(grid);
    }

    int slots() {
        return pool == null ? 1 : pool.parallelism();
    }
}
