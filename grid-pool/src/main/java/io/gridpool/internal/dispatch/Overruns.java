package io.gridpool.internal.dispatch;

import io.gridpool.PoolTaskException;
import io.gridpool.internal.worker.Worker;
import io.gridpool.internal.worker.Workers;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The driver's side of the per-element deadline. A worker interrupts an element that runs past
 * the task timeout, and the element's chunk then answers with its failure; but a function that
 * ignores the interrupt keeps its chunk, and its answer, for as long as it likes. So while chunks
 * are out past the deadline, their workers are asked which elements still run half a second
 * after their interrupt, and those elements fail their calls now, their slots counted busy until
 * the functions return. Runs on the timer; thread-safe.
 */
final class Overruns {

    static final long PERIOD_MILLIS = 250;
    private static final long GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final PoolLock lock;
    private final Outbox outbox;
    private final Workers workers;
    private final UUID pool;
    private final long timeoutNanos;

    Overruns(PoolLock lock, Outbox outbox, Workers workers, UUID pool, Duration timeout) {
        this.lock = lock;
        this.outbox = outbox;
        this.workers = workers;
        this.pool = pool;
        this.timeoutNanos = timeout.toNanos();
    }

    /** Asks the workers of chunks out past the deadline which of their elements ignore their interrupt. */
    void check() {
        Set<Worker> suspects = lock.get(() -> outbox.workersOutLongerThan(timeoutNanos + GRACE_NANOS));
        for (Worker worker : suspects) {
            workers.stuck(pool, GRACE_NANOS, worker).whenComplete((stuck, failure) -> {
                if (failure == null) {
                    report(worker, stuck);
                }
            });
        }
    }

    private void report(Worker worker, long[] stuck) {
        for (int i = 0; i + 2 < stuck.length; i += 3) {
            long call = stuck[i];
            int seq = (int) stuck[i + 1];
            int offset = (int) stuck[i + 2];
            Chunk chunk = lock.get(() -> {
                Chunk out = outbox.outOn(worker, call, seq);
                return out != null && !out.settled() && out.reportStuck() ? out : null;
            });
            if (chunk != null) {
                chunk.job().chunkStuck(chunk, Verdict.failed(List.of(), chunk.first(), error(chunk, offset, worker)));
            }
        }
    }

    private PoolTaskException error(Chunk chunk, int offset, Worker worker) {
        long index = chunk.indexOf(offset);
        String timeout = Duration.ofNanos(timeoutNanos).toString();
        return new PoolTaskException("element " + index + " ran longer than the task timeout of " + timeout
                + " on member " + worker.name() + " and ignores its interrupt: it still runs, and holds its slot "
                + "until it returns", index, worker.name(),
                new TimeoutException("element " + index + " ran longer than " + timeout));
    }
}
