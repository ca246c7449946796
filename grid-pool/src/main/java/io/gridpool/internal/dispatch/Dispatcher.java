package io.gridpool.internal.dispatch;

import io.gridpool.PoolSnapshot;
import io.gridpool.PoolState;
import io.gridpool.PoolStats;
import io.gridpool.internal.PoolOptions;
import io.gridpool.internal.wire.ChunkFate;
import io.gridpool.internal.wire.Payload;
import io.gridpool.internal.wire.WorkerReport;
import io.gridpool.internal.worker.Worker;
import io.gridpool.internal.worker.Workers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The dispatch of a pool's chunks: it registers calls, lets a call read its input only while a
 * slot is free for what it will cut, matches ready chunks to free windows and hands them to the
 * {@link Sender}, and keeps the pool's life (open, closed, terminated). What it owns is guarded by
 * its {@link PoolLock}, whose comment gives the locking rule. After {@link #terminate()} nothing
 * out is waited for.
 */
public final class Dispatcher implements Dispatch, Workers.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    /** How long join() after terminate() gives this JVM's threads to leave the functions they run. */
    private static final long TERMINATE_GRACE_MILLIS = 1_000;
    /** How often the tail of the calls is looked at for stragglers to copy. */
    private static final long SPECULATION_TICK_MILLIS = 50;
    /** How long speculation waits for the workers to say how long their chunks have run. */
    private static final long REPORT_WAIT_MILLIS = 1_000;
    /**
     * How often, while calls run, the workers whose windows are shared are asked
     * again whether the other pools are still there: a window shrunk on old news would hold back
     * a call that other pools no longer share the worker with.
     */
    private static final long SHARES_MILLIS = 500;

    private final PoolLock lock = new PoolLock();
    private final UUID pool = UUID.randomUUID();
    private final int priority;
    private final Workers workers;
    private final Duration workerWait;
    private final Windows windows;
    private final Feeder feeder = new Feeder();
    private final Registry registry = new Registry();
    private final ChunkNews news;
    private final DispatchThreads threads;
    private final Outbox outbox;
    private final Packer packer;
    private final Sender sender;
    private final Speculation speculation;
    private final ChunkHistory history = new ChunkHistory();
    private final Snapshots snapshots;
    private final StarvationWatch starvation;
    /** Whether the workers are being asked about their chunks' run times for speculation. */
    private final AtomicBoolean asking = new AtomicBoolean();
    private boolean released;
    /** Set once by terminate(): calls ending then need no lock, as nothing of theirs is left to stop. */
    private volatile boolean terminated;

    public Dispatcher(Workers workers, PoolOptions options, Payload initializer) {
        this.workers = workers;
        this.priority = options.priority();
        this.workerWait = options.workerWait();
        this.windows = new Windows(options.inFlightPerSlot());
        this.news = new ChunkNews(options.listeners());
        this.threads = new DispatchThreads(options.name());
        Resends resends = new Resends(options.maxAttempts(), threads.timer());
        this.outbox = new Outbox(windows, resends, workers::recheck);
        this.speculation = new Speculation(resends);
        Duration timeout = options.taskTimeout();
        this.packer = new Packer(workers.driver(), pool, workers.codec(), initializer,
                timeout == null ? 0 : timeout.toNanos(), options.priority(), workers.queue());
        this.sender = new Sender(lock, outbox, new Judge(workers), news, threads, speculation, history, this::pump,
                feeder::waiting, this::drop, (call, seq, on) -> workers.cancel(pool, call, seq, on));
        this.snapshots = new Snapshots(lock, windows, registry, news, history, workers, pool, priority);
        this.starvation = new StarvationWatch(workerWait.toNanos(), threads.timer(), this::failStarved);
        if (options.speculation()) {
            threads.every(SPECULATION_TICK_MILLIS, this::speculate);
        }
        threads.every(SHARES_MILLIS, this::askSharedWorkers);
        if (timeout != null) {
            threads.every(Overruns.PERIOD_MILLIS, new Overruns(lock, outbox, workers, pool, timeout)::check);
        }
    }

    public void start() {
        workers.start(this);
    }

    // ---- workers and stats --------------------------------------------------------------------

    @Override
    public void slots(Worker worker, int slots, int capacity) {
        lock.run(() -> {
            windows.resize(worker, slots, capacity);
            starvation.slots(windows.slots());
        });
        pump(null);
    }

    /**
     * A worker left: its window goes. The chunks out on it are not sent again now: a member that
     * drained sends its last results before it leaves, and they must not run twice; a dead one
     * fails its sends, and one out of reach was reported {@link #unreachable} already.
     */
    @Override
    public void left(Worker worker) {
        lock.run(() -> {
            windows.remove(worker);
            starvation.slots(windows.slots());
        });
        pump(null);
    }

    /**
     * A worker that is still there cannot be reached (its slots were reported as none): the chunks
     * out on it go out again to the others, whose answers are taken if they come first.
     */
    @Override
    public void unreachable(Worker worker) {
        List<Chunk> rerouted = lock.get(() -> outbox.reroute(worker));
        if (!rerouted.isEmpty()) {
            LOG.info("{} cannot be reached: its {} chunks out are sent to other workers", worker.name(),
                    rerouted.size());
        }
        for (int i = 0; i < rerouted.size(); i++) {
            Runnable tell = news.ended(ChunkFate.UNREACHED, worker.name(), 0, 0);
            if (tell != null) {
                tell.run();
            }
        }
        pump(null);
    }

    public int parallelism() {
        return lock.get(windows::slots);
    }

    public PoolStats stats() {
        return lock.get(() -> new PoolStats(windows.workersWithSlots(), windows.slots(), outbox.out(),
                windows.othersRunning(), windows.waitingThere(), news.submitted(), news.completed(), news.failed(),
                news.retried(), news.speculated(), registry.size(), lock.state()));
    }

    public PoolSnapshot snapshot() {
        return snapshots.take(stats());
    }

    /** How many chunks a call may have cut and not yet handed to its caller. Under the lock. */
    private int ahead() {
        return Math.max(8, 2 * windows.capacity());
    }

    // ---- calls --------------------------------------------------------------------------------

    /** Reserves the next call id; refuses once the pool is closed. */
    public long newCallId() {
        return lock.get(() -> {
            lock.checkOpen();
            return registry.newId();
        });
    }

    /**
     * Starts a call: it reads its input as slots free up. A call whose input is one element in hand
     * is cut and sent on the caller's thread when a slot is free now, sparing a hand-off.
     */
    public void register(Job job) {
        boolean feedHere = lock.get(() -> {
            lock.checkOpen();
            registry.add(job);
            starvation.began(windows.slots());
            boolean here = job.feedsHere() && feeder.claim(job, windows.free() - outbox.waiting(), ahead());
            if (!here) {
                feeder.offer(job, ahead());
            }
            return here;
        });
        if (feedHere) {
            feed(job);
        } else {
            pump(null);
        }
    }

    @Override
    public void wantsInput(Job job) {
        pump(job);
    }

    @Override
    public void stopChunks(Job job) {
        if (terminated) {
            return;
        }
        Set<Worker> on = new HashSet<>();
        List<Chunk> dropped = lock.get(() -> {
            on.addAll(outbox.workersOf(job));
            lock.signal();
            return outbox.removeReady(job);
        });
        dropped.forEach(this::drop);
        if (!on.isEmpty()) {
            threads.complete(() -> workers.cancel(pool, job.id(), -1, List.copyOf(on)));
        }
    }

    @Override
    public void settled(Job job) {
        if (terminated) {
            return;
        }
        lock.run(() -> {
            if (job.over() && !feeder.feeding(job)) {
                registry.remove(job);
            }
            lock.signal();
        });
    }

    private void drop(Chunk chunk) {
        chunk.job().chunkEnded(chunk, Verdict.of(ChunkFate.DROPPED, chunk.indexOf(0), null));
    }

    // ---- feeding and sending ------------------------------------------------------------------

    /** Reads chunks of one call while it has room and slots are free, then gives way. */
    private void feed(Job job) {
        boolean again = true;
        while (again) {
            Packer.Packed packed = pack(job);
            Chunk chunk = packed.chunk();
            if (chunk != null) {
                job.cut(chunk);
            }
            if (packed.failure() != null) {
                job.inputFailed(packed.failureIndex(), packed.failure());
            } else if (packed.end()) {
                job.inputEnded();
            }
            boolean[] drop = {false};
            again = lock.get(() -> {
                feeder.done(job);
                drop[0] = chunk != null && (!lock.sending() || !job.wants(chunk));
                if (chunk != null && !drop[0]) {
                    outbox.add(chunk);
                }
                if (job.over()) {
                    registry.remove(job);
                }
                lock.signal();
                boolean more = lock.sending() && feeder.claim(job, windows.free() - outbox.waiting(), ahead());
                if (!more) {
                    feeder.offer(job, ahead());
                }
                return more;
            });
            if (drop[0]) {
                drop(chunk);
            }
            pump(null);
        }
    }

    /** The next chunk of the call; what the input (or a bug) throws ends the call's input there. */
    private Packer.Packed pack(Job job) {
        try {
            return packer.pack(job, job.chunker().next());
        } catch (RuntimeException | Error e) {
            return new Packer.Packed(null, true, e, job.chunker().read());
        }
    }

    /**
     * Offers {@code job} (if any) a turn to read, sends ready chunks to free slots, and starts feeding
     * calls. {@code job}'s own input, if it is a list in memory, is cut on this thread (the thread of
     * its caller or of one of its answers), sparing a hand-off to a feed thread for every chunk.
     */
    private void pump(Job job) {
        List<Chunk> dropped = new ArrayList<>();
        List<Outbox.Attempt> sends = new ArrayList<>();
        List<Job> starts = new ArrayList<>();
        lock.run(() -> {
            if (!lock.sending()) {
                return;
            }
            if (job != null) {
                feeder.offer(job, ahead());
            }
            sends.addAll(outbox.match(dropped));
            starts.addAll(feeder.starts(windows.free(), ahead()));
        });
        dropped.forEach(this::drop);
        sends.forEach(sender::send);
        for (Job start : starts) {
            if (start == job && job.chunker().inMemory()) {
                feed(start);
            } else if (!threads.feed(() -> feed(start))) {
                lock.run(() -> {
                    feeder.done(start);
                    lock.signal();
                });
            }
        }
    }

    /**
     * Sends copies of the stragglers of calls whose input was all read to idle slots, once the
     * workers have said how long the chunks out have run and how busy they are with others.
     */
    private void speculate() {
        List<Worker> ask = lock.get(() -> lock.sending() && speculation.worthAsking(outbox, windows)
                ? windows.workers() : List.<Worker>of());
        if (ask.isEmpty() || !asking.compareAndSet(false, true)) {
            return;
        }
        Map<Worker, WorkerReport> reports = new ConcurrentHashMap<>();
        CompletableFuture<?>[] answers = ask.stream().map(worker -> workers.report(pool, priority, worker)
                .thenAccept(report -> reports.put(worker, report)).toCompletableFuture())
                .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(answers).orTimeout(REPORT_WAIT_MILLIS, TimeUnit.MILLISECONDS)
                .whenCompleteAsync((done, failure) -> {
                    try {
                        List<Outbox.Attempt> copies = lock.get(() -> {
                            reports.forEach(windows::loaded);
                            return lock.sending() ? speculation.copies(outbox, windows, reports) : List.of();
                        });
                        copies.forEach(sender::sendCopy);
                    } finally {
                        asking.set(false);
                    }
                }, threads::complete);
    }

    /** Asks the workers whose windows were shrunk on old news whether they are still shared, while calls run. */
    private void askSharedWorkers() {
        List<Worker> ask = lock.get(() -> lock.sending() && registry.size() > 0
                ? windows.sharedOnOldNews(TimeUnit.MILLISECONDS.toNanos(SHARES_MILLIS)) : List.<Worker>of());
        for (Worker worker : ask) {
            workers.report(pool, priority, worker).whenCompleteAsync((report, failure) -> {
                if (failure == null) {
                    lock.run(() -> windows.loaded(worker, report));
                    pump(null);
                }
            }, threads::complete);
        }
    }

    /** Fails the calls that have waited for a worker longer than the pool allows. */
    private void failStarved() {
        List<Job> starved = lock.get(() -> starvation.starved(registry, windows.slots()));
        if (!starved.isEmpty()) {
            IllegalStateException why = new IllegalStateException("no worker was available to run this call for "
                    + workerWait.toSeconds() + " s: " + workers.whyNoWorkers());
            starved.forEach(job -> job.abort(why));
        }
    }

    // ---- lifecycle ----------------------------------------------------------------------------

    /** Takes no new calls, stops lazy calls reading, waits for the work submitted, then releases the workers. */
    public void close() {
        List<Job> jobs = lock.get(() -> lock.moveTo(PoolState.CLOSED) ? registry.all() : List.<Job>of());
        jobs.forEach(Job::poolClosed);
        try {
            lock.await(PoolState.CLOSED, this::drained);
        } catch (InterruptedException e) {
            terminate();
            Thread.currentThread().interrupt();
            return;
        }
        release(true);
    }

    /**
     * Ends every call now, abandons every chunk out (its worker is not waited for, its answer will
     * be ignored) or waiting, asks the workers to stop the pool's chunks, and returns without
     * waiting for anything.
     */
    public void terminate() {
        List<Job> jobs = new ArrayList<>();
        List<Chunk> abandoned = new ArrayList<>();
        List<Worker> on = new ArrayList<>();
        boolean now = lock.get(() -> {
            if (!lock.moveTo(PoolState.TERMINATED)) {
                return false;
            }
            terminated = true;
            jobs.addAll(registry.all());
            registry.clear();
            abandoned.addAll(outbox.abandonAll());
            on.addAll(windows.workers());
            feeder.clear();
            return true;
        });
        if (!now) {
            return;
        }
        CancellationException why = new CancellationException("the pool was terminated");
        jobs.forEach(job -> job.abort(why));
        abandoned.forEach(chunk -> chunk.job().chunkEnded(chunk,
                Verdict.of(ChunkFate.ABANDONED, chunk.indexOf(0), null)));
        threads.stopFeeding();
        try {
            workers.cancel(pool, -1, -1, on);
        } finally {
            release(false);
        }
    }

    /**
     * Waits until a closed pool has no work left, or, after {@link #terminate()}, at most a second
     * for this JVM's worker threads to leave the functions they were running.
     */
    public void join() throws InterruptedException {
        if (lock.get(lock::state) == PoolState.OPEN) {
            throw new IllegalStateException("join() needs a closed or terminated pool: call close() or "
                    + "terminate() first");
        }
        lock.await(PoolState.CLOSED, this::drained);
        boolean terminated = lock.get(() -> !lock.sending());
        if (!workers.awaitStopped(terminated ? TERMINATE_GRACE_MILLIS : Long.MAX_VALUE)) {
            LOG.warn("a function of the terminated pool ignored its interrupt and still runs on its thread; "
                    + "the pool no longer waits for it");
        }
        threads.shutdown();
    }

    /** Nothing left to do: no call's outcome missing, nothing read, waiting or out. Under the lock. */
    private boolean drained() {
        return outbox.empty() && !feeder.busy() && registry.outcomesSet();
    }

    /** Releases the pool on its workers once; {@code wait} says whether to wait (briefly) for them to answer. */
    private void release(boolean wait) {
        boolean first = lock.get(() -> {
            boolean was = released;
            released = true;
            return !was;
        });
        if (first) {
            workers.stop(pool, wait);
            threads.stopTimer();
        }
    }
}
