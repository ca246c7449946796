package io.gridpool.internal;

import com.hazelcast.internal.serialization.InternalSerializationService;
import io.gridpool.PoolListener;
import io.gridpool.PoolStats;
import io.gridpool.PoolTaskException;
import io.gridpool.internal.Verdict.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The engine of a pool. It keeps a window of in-flight chunks per worker, hands each ready chunk
 * to the worker with the most free slots (or to the member that owns its key), starts reading a
 * call's input only when a slot is free, takes each chunk's result once, and sends a chunk whose
 * worker was lost to another. One lock guards it and the state of every call; nothing blocks
 * while holding it, and no thread waits per chunk: results arrive through the workers' futures.
 */
final class Dispatcher implements Workers.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private static final long MAX_BACKOFF_MILLIS = 2_000;
    /** Results up to this size are decoded on the thread they arrive on; bigger ones are handed off. */
    private static final int SMALL_RESULT_BYTES = 4096;

    private enum State { OPEN, CLOSED, TERMINATED }

    final ReentrantLock lock = new ReentrantLock();
    private final Condition quiet = lock.newCondition();
    final UUID pool = UUID.randomUUID();
    private final Workers workers;
    private final PoolOptions options;
    private final InternalSerializationService serialization;
    private final ExecutorService feeds;
    private final ExecutorService completions;
    private final ScheduledExecutorService timer;
    /** The completion threads, or the calling thread once they are shut down. */
    private final Executor completionsOrHere;
    private final byte[] initializerBytes;

    private final Map<Worker, MemberWindow> windows = new LinkedHashMap<>();
    private final ArrayDeque<Chunk> ready = new ArrayDeque<>();
    private final ArrayDeque<Call> hungry = new ArrayDeque<>();
    private final Set<Call> active = new LinkedHashSet<>();
    /**
     * Iterator calls are held weakly: one whose consumer stopped early and dropped it would
     * otherwise keep its buffered results until the pool closes. While its consumer waits on it,
     * or chunks of it are out, it is strongly reachable anyway.
     */
    private final Set<Call> lazy = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());
    private State state = State.OPEN;
    private int feeding;
    private int inFlight;
    private int rotation;
    private long nextCallId;
    private long starvedSince = System.nanoTime();
    private boolean stoppedWorkers;
    private long submitted;
    private long completedChunks;
    private long failedChunks;
    private long retried;

    Dispatcher(Workers workers, PoolOptions options) {
        this.workers = workers;
        this.options = options;
        this.serialization = workers.serialization();
        this.initializerBytes = serialization == null || options.initializer() == null ? null
                : FunctionBytes.of(serialization, options.initializer(), "the initializer");
        this.feeds = Threads.cached(options.name() + "-feed");
        this.completions = Threads.cached(options.name() + "-result");
        this.completionsOrHere = task -> {
            if (!execute(completions, task)) {
                task.run();
            }
        };
        this.timer = Threads.timer(options.name() + "-timer");
    }

    void start() {
        workers.start(this);
    }

    InternalSerializationService serialization() {
        return serialization;
    }

    // ---- workers ----------------------------------------------------------------------------

    @Override
    public void slots(Worker worker, int slots) {
        lock.lock();
        try {
            windows.computeIfAbsent(worker, MemberWindow::new).resize(slots, options.inFlightPerSlot());
            noteStarvation();
        } finally {
            lock.unlock();
        }
        pump();
    }

    @Override
    public void left(Worker worker) {
        lock.lock();
        try {
            windows.remove(worker);
            noteStarvation();
        } finally {
            lock.unlock();
        }
        pump();
    }

    /** The worker slots now available: the parallelism of the pool. */
    int parallelism() {
        lock.lock();
        try {
            return totalSlots();
        } finally {
            lock.unlock();
        }
    }

    /** How many chunks a call may have cut and not yet handed to its caller. */
    int aheadLimit() {
        int capacity = 0;
        for (MemberWindow window : windows.values()) {
            capacity += window.slots() * options.inFlightPerSlot();
        }
        return Math.max(8, 2 * capacity);
    }

    PoolStats stats() {
        lock.lock();
        try {
            int members = (int) windows.values().stream().filter(w -> w.slots() > 0).count();
            return new PoolStats(members, totalSlots(), inFlight, submitted, completedChunks, failedChunks, retried,
                    active.size() + lazy.size(), state.name().toLowerCase(java.util.Locale.ROOT));
        } finally {
            lock.unlock();
        }
    }

    private int totalSlots() {
        int slots = 0;
        for (MemberWindow window : windows.values()) {
            slots += window.slots();
        }
        return slots;
    }

    private int totalFree() {
        int free = 0;
        for (MemberWindow window : windows.values()) {
            free += Math.max(0, window.free());
        }
        return free;
    }

    // ---- calls ------------------------------------------------------------------------------

    /** Reserves the next call id; refuses once the pool is closed. */
    long newCallId() {
        lock.lock();
        try {
            checkOpen();
            return nextCallId++;
        } finally {
            lock.unlock();
        }
    }

    void checkOpen() {
        if (state != State.OPEN) {
            throw new IllegalStateException("the pool is " + (state == State.CLOSED ? "closed" : "terminated")
                    + " and takes no new calls");
        }
    }

    /**
     * Starts a call: it reads its input as slots free up. A call whose input is in hand is cut and
     * sent on the caller's thread when a slot is free now, sparing a hand-off to a feed thread.
     */
    void register(Call call) {
        boolean feedHere;
        lock.lock();
        try {
            checkOpen();
            (call.eager() ? active : lazy).add(call);
            call.registeredAt = System.nanoTime();
            feedHere = call.feedsHere() && claimFeed(call);
            if (!feedHere) {
                offer(call);
            }
            if (totalSlots() == 0) {
                scheduleStarvationCheck(options.workerWait().toNanos());
            }
        } finally {
            lock.unlock();
        }
        if (feedHere) {
            feed(call);
        } else {
            pump();
        }
    }

    /**
     * Lets this thread go on feeding the call if a slot is free for its next chunk now and no other
     * call waits to be fed. Under the lock.
     */
    private boolean claimFeed(Call call) {
        if (state == State.TERMINATED || !call.canFeed() || !hungry.isEmpty()
                || totalFree() - feeding - ready.size() <= 0) {
            return false;
        }
        call.feeding = true;
        feeding++;
        return true;
    }

    /** Queues the call for feeding if it may read more now. Under the lock. */
    void offer(Call call) {
        if (!call.queued && state != State.TERMINATED && call.canFeed()) {
            call.queued = true;
            hungry.add(call);
        }
    }

    /** Asks the workers to stop the call's chunks, without waiting. Under the lock. */
    void cancelChunks(Call call) {
        if (call.touched.isEmpty()) {
            return;
        }
        List<Worker> on = List.copyOf(call.touched);
        execute(completions, () -> workers.cancel(pool, call.id, on));
    }

    /** The caller cancelled a call. */
    void cancel(Call call, RuntimeException why) {
        lock.lock();
        try {
            call.onCancel(why);
            tidy(call);
        } finally {
            lock.unlock();
        }
        call.publish();
        pump();
    }

    // ---- dispatch ---------------------------------------------------------------------------

    /** Sends ready chunks to free slots and starts feeding calls while slots remain. */
    void pump() {
        List<Chunk> sends = new ArrayList<>();
        List<MemberWindow> targets = new ArrayList<>();
        List<Call> starts = new ArrayList<>();
        List<Call> dropped = new ArrayList<>();
        lock.lock();
        try {
            if (state == State.TERMINATED) {
                return;
            }
            matchReady(sends, targets, dropped);
            int room = totalFree() - feeding;
            while (room > 0 && !hungry.isEmpty()) {
                Call call = hungry.poll();
                call.queued = false;
                if (call.canFeed()) {
                    call.feeding = true;
                    feeding++;
                    room--;
                    starts.add(call);
                }
            }
        } finally {
            lock.unlock();
        }
        dropped.forEach(Call::publish);
        for (int i = 0; i < sends.size(); i++) {
            send(sends.get(i), targets.get(i));
        }
        for (Call call : starts) {
            if (!execute(feeds, () -> feed(call))) {
                lock.lock();
                try {
                    call.feeding = false;
                    feeding--;
                    quiet.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        }
    }

    private void matchReady(List<Chunk> sends, List<MemberWindow> targets, List<Call> dropped) {
        for (Iterator<Chunk> it = ready.iterator(); it.hasNext(); ) {
            Chunk chunk = it.next();
            if (!chunk.call.needs(chunk)) {
                it.remove();
                chunk.call.resolved();
                settled(chunk.call);
                offer(chunk.call);
                dropped.add(chunk.call);
                continue;
            }
            if (totalFree() <= 0) {
                break;
            }
            MemberWindow window = choose(chunk);
            if (window == null) {
                continue;
            }
            it.remove();
            window.take();
            inFlight++;
            submitted++;
            chunk.attempts++;
            chunk.triedOn.add(window.worker.name());
            chunk.call.touched.add(window.worker);
            sends.add(chunk);
            targets.add(window);
        }
    }

    /**
     * The window for a chunk: its key's owner if it has one that is there; otherwise the one with
     * the most free slots, preferring workers the chunk has not been lost on, rotating among equals.
     */
    private MemberWindow choose(Chunk chunk) {
        if (chunk.target != null) {
            MemberWindow owner = windows.get(chunk.target);
            if (owner != null && owner.slots() > 0) {
                return owner.free() > 0 ? owner : null;
            }
            chunk.target = null;
        }
        List<MemberWindow> all = new ArrayList<>(windows.values());
        int n = all.size();
        MemberWindow best = null;
        boolean bestTried = true;
        for (int k = 0; k < n; k++) {
            MemberWindow window = all.get((rotation + k) % n);
            if (window.free() <= 0) {
                continue;
            }
            boolean tried = chunk.triedOn.contains(window.worker.name());
            if (best == null || (bestTried && !tried) || (tried == bestTried && window.free() > best.free())) {
                best = window;
                bestTried = tried;
            }
        }
        rotation++;
        return best;
    }

    /** Reads chunks of one call while it has room and slots are free, then gives way. */
    private void feed(Call call) {
        boolean again = true;
        while (again) {
            Prepared prepared = prepare(call, call.chunker.next());
            lock.lock();
            try {
                feeding--;
                call.feeding = false;
                if (prepared.chunk != null) {
                    call.cutChunks++;
                    call.cutElements += prepared.chunk.size;
                    call.outstanding++;
                    ready.add(prepared.chunk);
                }
                if (prepared.failure != null) {
                    call.onFailure(prepared.failureIndex, prepared.failure);
                } else if (prepared.end) {
                    call.endOfInput();
                }
                tidy(call);
                again = claimFeed(call);
                if (!again) {
                    offer(call);
                }
            } finally {
                lock.unlock();
            }
            call.publish();
            pump();
        }
    }

    private record Prepared(Chunk chunk, boolean end, Throwable failure, long failureIndex) {
    }

    /** Turns a cut into a chunk, serializing its elements; an element that cannot travel ends the chunk. */
    private Prepared prepare(Call call, Chunker.Cut cut) {
        List<Object> elements = cut.elements();
        Throwable failure = cut.failure();
        long failureIndex = cut.failureIndex();
        byte[] encoded = null;
        int count = elements.size();
        if (serialization != null && count > 0) {
            Payload.Encoded e = Payload.encode(serialization, elements);
            encoded = e.bytes();
            if (!e.complete()) {
                count = e.count();
                failureIndex = cut.indices() == null ? cut.first() + e.failedAt() : cut.indices()[e.failedAt()];
                failure = unserializable(elements.get(e.failedAt()), failureIndex, e.failure());
            }
        }
        if (count == 0) {
            return new Prepared(null, cut.end(), failure, failureIndex);
        }
        long[] indices = cut.indices() == null ? null : java.util.Arrays.copyOf(cut.indices(), count);
        ChunkTask task = serialization == null
                ? ChunkTask.inMemory(pool, call.id, call.fn, options.initializer(), elements.subList(0, count))
                : new ChunkTask(pool, call.id, call.fnBytes, initializerBytes, encoded, count);
        Chunk chunk = new Chunk(call, call.cutChunks, cut.first(), indices, count, task);
        chunk.target = cut.target();
        return new Prepared(chunk, cut.end(), failure, failureIndex);
    }

    private static PoolTaskException unserializable(Object element, long index, Throwable cause) {
        String type = element instanceof Pair pair
                ? "a pair of " + typeOf(pair.key()) + " and " + typeOf(pair.value())
                : typeOf(element);
        return new PoolTaskException("element " + index + " (" + type + ") cannot be serialized to travel to "
                + "the workers: " + Exceptions.rootCause(cause), index, null, cause);
    }

    private static String typeOf(Object value) {
        return value == null ? "null" : "a " + value.getClass().getName();
    }

    private void send(Chunk chunk, MemberWindow window) {
        long sentAt = System.nanoTime();
        for (PoolListener listener : options.listeners()) {
            tell(listener, () -> listener.chunkSubmitted(window.worker.name()));
        }
        CompletionStage<ChunkResult> stage;
        try {
            stage = window.worker.run(chunk);
        } catch (RuntimeException e) {
            stage = CompletableFuture.failedFuture(e);
        }
        // Hazelcast runs a plain whenComplete on an executor of its own: one more hand-off, which
        // costs a round trip as much as the member's work for a small chunk. Its response thread
        // hands the result straight to the completion threads instead; for an awaited call it
        // reads the result itself (for others it would read every big result) and decides.
        if (chunk.call.awaited()) {
            stage.whenCompleteAsync((result, failure) -> arrived(chunk, window, sentAt, result, failure),
                    Runnable::run);
        } else {
            stage.whenCompleteAsync((result, failure) -> completed(chunk, window, sentAt, result, failure),
                    completionsOrHere);
        }
    }

    /**
     * A chunk of an awaited call, on the thread that completed its future, often Hazelcast's
     * response thread, which must not be held: a small result is taken here, so the caller wakes
     * without a hand-off; anything else goes to the completion threads.
     */
    private void arrived(Chunk chunk, MemberWindow window, long sentAt, ChunkResult result, Throwable failure) {
        if (failure == null && result.status() == ChunkResult.Status.DONE
                && result.encodedSize() <= SMALL_RESULT_BYTES) {
            completedHere(chunk, window, sentAt, result);
        } else {
            completionsOrHere.execute(() -> completed(chunk, window, sentAt, result, failure));
        }
    }

    // ---- results ----------------------------------------------------------------------------

    private void completed(Chunk chunk, MemberWindow window, long sentAt, ChunkResult result, Throwable failure) {
        Verdict verdict = judge(chunk, window.worker, result, failure);
        Call call = chunk.call;
        Outcome outcome;
        boolean telling;
        lock.lock();
        try {
            outcome = take(chunk, window, result, verdict);
            telling = outcome != Outcome.IGNORED && !options.listeners().isEmpty();
            if (telling) {
                call.untold++;
            }
        } finally {
            lock.unlock();
        }
        if (telling) {
            // the listeners hear of a chunk before its call's caller can have the results
            tell(outcome, window.worker.name(), System.nanoTime() - sentAt);
            lock.lock();
            try {
                call.untold--;
            } finally {
                lock.unlock();
            }
        }
        call.publish();
        pump();
    }

    /**
     * Takes a small result on a thread that must not run the user's code nor wait: the awaited
     * call's caller is woken, and tells the listener news itself; sending more chunks (which tells
     * listeners too) and news the caller can no longer tell go to a completion thread.
     */
    private void completedHere(Chunk chunk, MemberWindow window, long sentAt, ChunkResult result) {
        Verdict verdict = judge(chunk, window.worker, result, null);
        String worker = window.worker.name();
        Runnable news = null;
        boolean more;
        lock.lock();
        try {
            Outcome outcome = take(chunk, window, result, verdict);
            long nanos = System.nanoTime() - sentAt;
            Runnable told = () -> tell(outcome, worker, nanos);
            if (outcome != Outcome.IGNORED && !options.listeners().isEmpty() && !chunk.call.hold(told)) {
                news = told;
            }
            more = !ready.isEmpty() || !hungry.isEmpty();
        } finally {
            lock.unlock();
        }
        chunk.call.publish();
        if (news != null) {
            completionsOrHere.execute(news);
        }
        if (more) {
            completionsOrHere.execute(this::pump);
        }
    }

    /** Accounts for a chunk that came back and applies its verdict to its call. Under the lock. */
    private Outcome take(Chunk chunk, MemberWindow window, ChunkResult result, Verdict verdict) {
        Call call = chunk.call;
        Outcome outcome = Outcome.IGNORED;
        window.release();
        inFlight--;
        if (!call.needs(chunk)) {
            call.resolved();
        } else {
            outcome = apply(chunk, window, result, verdict);
            count(outcome);
        }
        tidy(call);
        // a resolved chunk makes room: a call that had stopped reading at its bound reads again
        offer(call);
        return outcome;
    }

    /** What became of a chunk that came back, for the pool's counters and listener. */
    private enum Outcome { COMPLETED, FAILED, RETRIED, IGNORED }

    private void count(Outcome outcome) {
        switch (outcome) {
            case COMPLETED -> completedChunks++;
            case FAILED -> failedChunks++;
            case RETRIED -> retried++;
            default -> {
            }
        }
    }

    private void tell(Outcome outcome, String worker, long nanos) {
        for (PoolListener listener : options.listeners()) {
            switch (outcome) {
                case COMPLETED -> tell(listener, () -> listener.chunkCompleted(worker, nanos));
                case FAILED -> tell(listener, () -> listener.chunkFailed(worker));
                case RETRIED -> tell(listener, () -> listener.chunkRetried(worker));
                default -> {
                }
            }
        }
    }

    private static void tell(PoolListener listener, Runnable news) {
        try {
            news.run();
        } catch (RuntimeException e) {
            LOG.warn("the pool listener {} failed", listener, e);
        }
    }

    private Outcome apply(Chunk chunk, MemberWindow window, ChunkResult result, Verdict verdict) {
        Call call = chunk.call;
        switch (verdict.kind()) {
            case VALUES -> {
                call.chunker.sizer().observe(chunk.size, result.computeNanos());
                call.onValues(chunk, verdict.values());
                if (verdict.error() != null) {
                    call.onFailure(verdict.failureIndex(), verdict.error());
                }
                call.resolved();
                return verdict.error() == null ? Outcome.COMPLETED : Outcome.FAILED;
            }
            case LOST -> {
                if (chunk.attempts >= options.maxAttempts()) {
                    call.onFailure(chunk.indexOf(0), poisonPill(chunk, verdict.error()));
                    call.resolved();
                    return Outcome.FAILED;
                }
                LOG.debug("{} was lost on {}; sending it again", chunk, window.worker.name(), verdict.error());
                ready.addFirst(chunk);
                return Outcome.RETRIED;
            }
            case REFUSED -> {
                LOG.debug("{} was refused by {}, which is draining", chunk, window.worker.name());
                chunk.attempts--;
                window.resize(0, options.inFlightPerSlot());
                ready.addFirst(chunk);
                return Outcome.RETRIED;
            }
            case UNREACHED -> {
                LOG.debug("{} did not reach {}; sending it again later", chunk, window.worker.name(),
                        verdict.error());
                chunk.attempts--;
                retryLater(chunk);
                return Outcome.RETRIED;
            }
            default -> {
                call.onFailure(chunk.indexOf(0), verdict.error());
                call.resolved();
                return Outcome.FAILED;
            }
        }
    }

    private Verdict judge(Chunk chunk, Worker worker, ChunkResult result, Throwable failure) {
        if (failure != null) {
            return workers.judge(chunk, worker, unwrap(failure));
        }
        switch (result.status()) {
            case REFUSED:
                return Verdict.of(Kind.REFUSED, null);
            case CANCELLED:
                return Verdict.of(Kind.FATAL, new CancellationException(chunk + " was cancelled on " + worker.name()));
            default:
                break;
        }
        List<Object> values;
        try {
            values = result.values(serialization);
        } catch (Payload.ReadFailure e) {
            long index = chunk.indexOf(e.offset);
            return Verdict.values(e.before, index, new PoolTaskException("the result of element " + index
                    + " from " + worker.name() + " cannot be read here: " + unreadableHere(e.getCause()),
                    index, worker.name(), e.getCause()));
        }
        TaskFailure taskFailure = result.failure();
        if (taskFailure == null) {
            return Verdict.values(values, -1, null);
        }
        long index = chunk.indexOf(taskFailure.offset());
        return Verdict.values(values, index, taskFailure.toException(index, serialization));
    }

    private static String unreadableHere(Throwable cause) {
        String refused = Exceptions.refusedClass(cause);
        return refused == null ? Exceptions.rootCause(cause) : "class " + refused + " is not allowed by this "
                + "JVM's Java deserialization filter; add its package to the allow-list (java-serialization-filter) "
                + "of this JVM's Hazelcast config";
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private PoolTaskException poisonPill(Chunk chunk, Throwable last) {
        String member = chunk.triedOn.get(chunk.triedOn.size() - 1);
        return new PoolTaskException(chunk + " was sent " + chunk.attempts + " times and each time the member "
                + "running it was lost (" + String.join(", ", chunk.triedOn) + "); it is not sent again, in case "
                + "it is what takes members down", chunk.indexOf(0), member, last);
    }

    private void retryLater(Chunk chunk) {
        long delay = Math.min(MAX_BACKOFF_MILLIS, 50L << Math.min(6, chunk.triedOn.size()));
        Runnable requeue = () -> {
            lock.lock();
            try {
                ready.addFirst(chunk);
                tidy(chunk.call);
            } finally {
                lock.unlock();
            }
            chunk.call.publish();
            pump();
        };
        try {
            timer.schedule(requeue, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            requeue.run();
        }
    }

    /** After a call changed: drop the ready chunks it no longer needs, and note its end. Under the lock. */
    private void tidy(Call call) {
        for (Iterator<Chunk> it = ready.iterator(); it.hasNext(); ) {
            Chunk chunk = it.next();
            if (chunk.call == call && !call.needs(chunk)) {
                it.remove();
                call.resolved();
            }
        }
        settled(call);
    }

    private void settled(Call call) {
        if (call.finished && (!call.eager() || call.delivered())) {
            (call.eager() ? active : lazy).remove(call);
        }
        quiet.signalAll();
    }

    /**
     * The caller of a finished call now holds its outcome. A list call's future is completed
     * outside the lock, after the call settled; until then close() waits for it.
     */
    void delivered(Call call) {
        lock.lock();
        try {
            settled(call);
        } finally {
            lock.unlock();
        }
    }

    // ---- no workers -------------------------------------------------------------------------

    private void noteStarvation() {
        if (totalSlots() > 0) {
            starvedSince = -1;
        } else if (starvedSince < 0) {
            starvedSince = System.nanoTime();
            scheduleStarvationCheck(options.workerWait().toNanos());
        }
    }

    private void scheduleStarvationCheck(long delayNanos) {
        try {
            timer.schedule(this::failStarvedCalls, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // the pool is shutting down
        }
    }

    /** Fails the calls that have waited for a worker longer than the pool allows. */
    private void failStarvedCalls() {
        List<Call> failed = new ArrayList<>();
        lock.lock();
        try {
            if (starvedSince < 0 || totalSlots() > 0) {
                return;
            }
            long now = System.nanoTime();
            long bound = options.workerWait().toNanos();
            long nextDue = Long.MAX_VALUE;
            IllegalStateException why = null;
            for (Call call : calls()) {
                long waited = now - Math.max(call.registeredAt, starvedSince);
                if (waited < bound) {
                    nextDue = Math.min(nextDue, bound - waited);
                    continue;
                }
                if (why == null) {
                    why = new IllegalStateException("no worker was available to run this call for "
                            + options.workerWait().toSeconds() + " s: " + workers.whyNoWorkers());
                }
                call.onCancel(why);
                tidy(call);
                failed.add(call);
            }
            if (nextDue != Long.MAX_VALUE) {
                scheduleStarvationCheck(nextDue);
            }
        } finally {
            lock.unlock();
        }
        failed.forEach(Call::publish);
    }

    // ---- lifecycle --------------------------------------------------------------------------

    void close() {
        lock.lock();
        try {
            if (state == State.OPEN) {
                state = State.CLOSED;
                for (Call call : calls()) {
                    call.onPoolClosed();
                    tidy(call);
                }
            }
            while (state == State.CLOSED && !drained()) {
                quiet.await();
            }
        } catch (InterruptedException e) {
            lock.unlock();
            try {
                terminate();
            } finally {
                lock.lock();
            }
            Thread.currentThread().interrupt();
            return;
        } finally {
            lock.unlock();
        }
        stopWorkers(true);
    }

    void terminate() {
        List<Call> cancelled;
        List<Worker> on;
        lock.lock();
        try {
            if (state == State.TERMINATED) {
                return;
            }
            state = State.TERMINATED;
            CancellationException why = new CancellationException("the pool was terminated");
            cancelled = calls();
            for (Call call : cancelled) {
                call.onCancel(why);
                tidy(call);
            }
            hungry.clear();
            on = List.copyOf(windows.keySet());
            quiet.signalAll();
        } finally {
            lock.unlock();
        }
        cancelled.forEach(Call::publish);
        feeds.shutdownNow();
        workers.cancel(pool, -1, on);
        stopWorkers(false);
    }

    void join() throws InterruptedException {
        lock.lock();
        try {
            if (state == State.OPEN) {
                throw new IllegalStateException("join() needs a closed or terminated pool: call close() or "
                        + "terminate() first");
            }
            while (!(inFlight == 0 && (state == State.TERMINATED || drained()))) {
                quiet.await();
            }
        } finally {
            lock.unlock();
        }
        workers.awaitStopped(Long.MAX_VALUE);
        feeds.shutdown();
        completions.shutdown();
        timer.shutdownNow();
    }

    /** Every unsettled call, list calls and live iterators. Under the lock. */
    private List<Call> calls() {
        List<Call> all = new ArrayList<>(active);
        all.addAll(lazy);
        return all;
    }

    /** Nothing left to do: no list call unfinished, nothing read, waiting or in flight. */
    private boolean drained() {
        return inFlight == 0 && feeding == 0 && ready.isEmpty()
                && active.stream().noneMatch(call -> !call.delivered());
    }

    /** Releases the pool on its workers once; {@code wait} says whether to wait (briefly) for them to answer. */
    private void stopWorkers(boolean wait) {
        lock.lock();
        try {
            if (stoppedWorkers) {
                return;
            }
            stoppedWorkers = true;
        } finally {
            lock.unlock();
        }
        workers.stop(pool, wait);
        timer.shutdown();
    }

    private static boolean execute(ExecutorService executor, Runnable task) {
        try {
            executor.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }
}
