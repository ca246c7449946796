package io.gridpool.internal.dispatch;

import io.gridpool.PoolSnapshot;
import io.gridpool.PoolStats;
import io.gridpool.internal.wire.WorkerLoad;
import io.gridpool.internal.wire.WorkerReport;
import io.gridpool.internal.worker.Worker;
import io.gridpool.internal.worker.Workers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Takes the pool's snapshot: its calls in progress, its workers with their windows and tallies,
 * and the history of finished chunks. The workers' own figures (heap, processors, and how busy
 * they are with other pools' work) are asked for in the background, at most once a second while
 * snapshots are taken, and shown as last known.
 * Thread-safe.
 */
final class Snapshots {

    private static final long ASK_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final WorkerReport UNKNOWN = new WorkerReport(-1, -1, -1, WorkerLoad.NONE, new long[0]);

    private final PoolLock lock;
    private final Windows windows;
    private final Registry registry;
    private final ChunkNews news;
    private final ChunkHistory history;
    private final Workers workers;
    private final UUID pool;
    private final int priority;
    private final Map<Worker, WorkerReport> reports = new ConcurrentHashMap<>();
    private volatile long askedAt = System.nanoTime() - ASK_EVERY_NANOS;

    Snapshots(PoolLock lock, Windows windows, Registry registry, ChunkNews news, ChunkHistory history,
              Workers workers, UUID pool, int priority) {
        this.lock = lock;
        this.windows = windows;
        this.registry = registry;
        this.news = news;
        this.history = history;
        this.workers = workers;
        this.pool = pool;
        this.priority = priority;
    }

    PoolSnapshot take(PoolStats stats) {
        List<Job> calls = new ArrayList<>();
        List<PoolSnapshot.Worker> views = new ArrayList<>();
        lock.run(() -> {
            calls.addAll(registry.all());
            for (MemberWindow window : windows.all()) {
                String name = window.worker().name();
                WorkerReport jvm = reports.getOrDefault(window.worker(), UNKNOWN);
                WorkerLoad load = window.load();
                views.add(new PoolSnapshot.Worker(name, window.slots(), window.inFlight(), load.othersRunning(),
                        load.waiting(), news.doneBy(name), news.meanTimeOf(name), news.meanQueueTimeOf(name),
                        jvm.heapUsed(), jvm.heapMax(), jvm.processors()));
            }
        });
        askWorkers();
        List<PoolSnapshot.Call> callViews = new ArrayList<>();
        calls.forEach(job -> callViews.add(job.snapshot()));
        callViews.sort(Comparator.comparingLong(PoolSnapshot.Call::id));
        return new PoolSnapshot(Instant.now(), stats, callViews, views, history.chunks());
    }

    /** Asks the workers about themselves, unless that was done less than a second ago. */
    private void askWorkers() {
        long now = System.nanoTime();
        if (now - askedAt < ASK_EVERY_NANOS) {
            return;
        }
        askedAt = now;
        for (Worker worker : lock.get(windows::workers)) {
            workers.report(pool, priority, worker).whenComplete((report, failure) -> {
                if (failure == null) {
                    reports.put(worker, report);
                    lock.run(() -> windows.loaded(worker, report));
                }
            });
        }
    }
}
