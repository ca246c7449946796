package io.gridpool.member;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.executor.LocalExecutorStats;
import io.gridpool.GridPool;
import io.gridpool.internal.worker.WorkerState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Takes a member out of grid-pool work without losing or repeating any: from the start of a drain
 * the member refuses new chunks (drivers send them to other members, and do not count it as an
 * attempt), and the drain waits, up to a bound, until the chunks it was running have finished
 * and their results have been sent. A chunk still running at the bound is lost with the member
 * and run again elsewhere; none that finished is. Thread-safe.
 */
public final class Drain {

    private static final Logger LOG = LoggerFactory.getLogger(Drain.class);
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private Drain() {
    }

    /**
     * Stops {@code member} taking grid-pool chunks and waits until the chunks it runs (on the
     * executor {@value GridPool#DEFAULT_EXECUTOR}) have finished and their results have left, or
     * until {@code bound} has passed. The member stays in the cluster; shut it down afterwards.
     *
     * @return whether every chunk finished within the bound
     */
    public static boolean drain(HazelcastInstance member, Duration bound) {
        WorkerState.of(member).drain();
        long deadline = System.nanoTime() + bound.toNanos();
        while (inFlight(member) > 0) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        return true;
    }

    /**
     * The chunks queued, running, or whose result is still being sent: the executor counts a task
     * as completed only once its response is out, later than the chunk's own bookkeeping.
     */
    static long inFlight(HazelcastInstance member) {
        LocalExecutorStats stats = member.getExecutorService(GridPool.DEFAULT_EXECUTOR).getLocalExecutorStats();
        long tasks = stats.getPendingTaskCount() + stats.getStartedTaskCount()
                - stats.getCompletedTaskCount() - stats.getCancelledTaskCount();
        return Math.max(tasks, WorkerState.of(member).activeChunks());
    }

    /**
     * On SIGTERM (or any orderly JVM exit): drain {@code member} for up to {@code bound}, then shut
     * it down gracefully, so it leaves the cluster with its data migrated. Says so on {@code out}.
     */
    static void onExit(HazelcastInstance member, Duration bound, PrintStream out) {
        String uuid = member.getCluster().getLocalMember().getUuid().toString();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!member.getLifecycleService().isRunning()) {
                return;
            }
            out.println("DRAINING " + uuid + " chunks=" + inFlight(member) + " bound=" + bound.toSeconds() + "s");
            out.flush();
            if (!drain(member, bound)) {
                LOG.warn("{} chunks were still running after {} s; they are lost with this member and will run "
                        + "again elsewhere", inFlight(member), bound.toSeconds());
            }
            member.shutdown();
            out.println("STOPPED " + uuid);
            out.flush();
        }, "gridpool-drain"));
    }
}
