package io.gridpool.internal.dispatch;

import io.gridpool.internal.wire.ChunkFate;
import io.gridpool.internal.wire.WorkerLoad;
import io.gridpool.internal.worker.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The chunks of a pool between their cut and their answer: those ready to go, those out on a
 * worker, and those pausing before they go out again. It matches ready chunks to the windows that
 * {@link Windows} picks, and decides what a chunk that came back unrun does next. Guarded by the
 * dispatcher's lock.
 */
final class Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    /** One send of a chunk to a worker; identity matters, as a chunk may be sent again. */
    static final class Attempt {
        private final Chunk chunk;
        private final MemberWindow window;
        private final boolean copy;
        private final long sentAt = System.nanoTime();

        private Attempt(Chunk chunk, MemberWindow window, boolean copy) {
            this.chunk = chunk;
            this.window = window;
            this.copy = copy;
        }

        /** Whether it is a speculative copy. */
        boolean copy() {
            return copy;
        }

        long sentAt() {
            return sentAt;
        }

        Chunk chunk() {
            return chunk;
        }

        Worker worker() {
            return window.worker();
        }

        long nanosOut() {
            return System.nanoTime() - sentAt;
        }
    }

    private final Windows windows;
    private final Resends resends;
    private final Predicate<Worker> recheck;
    private final ArrayDeque<Chunk> ready = new ArrayDeque<>();
    private final Set<Attempt> out = new HashSet<>();
    private int pausing;

    /**
     * @param recheck asks a worker that lost a chunk, or was not reached, for its slots again;
     *                false if it will not be asked
     */
    Outbox(Windows windows, Resends resends, Predicate<Worker> recheck) {
        this.windows = windows;
        this.resends = resends;
        this.recheck = recheck;
    }

    void add(Chunk chunk) {
        ready.add(chunk);
    }

    /** How many chunks wait for a slot. */
    int waiting() {
        return ready.size();
    }

    /** How many chunks are out on workers. */
    int out() {
        return out.size();
    }

    /**
     * Nothing ready, out, or pausing that a call still waits for. A copy of a chunk that another
     * copy settled is not waited for: it was cancelled, and its worker may be dead or out of reach,
     * which the cluster may take a minute to decide; its answer, if it comes, is ignored.
     */
    boolean empty() {
        if (!ready.isEmpty() || pausing != 0) {
            return false;
        }
        for (Attempt attempt : out) {
            if (!attempt.chunk.settled()) {
                return false;
            }
        }
        return true;
    }

    /** Takes ready chunks into free windows, as sends to make; puts aside those no call wants (settling them). */
    List<Attempt> match(List<Chunk> unwanted) {
        List<Attempt> sends = new ArrayList<>();
        for (Iterator<Chunk> it = ready.iterator(); it.hasNext(); ) {
            Chunk chunk = it.next();
            if (chunk.settled()) {
                it.remove(); // rerouted off an unreachable worker, and answered there meanwhile
                continue;
            }
            if (!chunk.job().wants(chunk)) {
                it.remove();
                chunk.settle();
                unwanted.add(chunk);
                continue;
            }
            if (windows.free() <= 0) {
                break;
            }
            MemberWindow window = windows.choose(chunk);
            if (window != null) {
                it.remove();
                window.take();
                chunk.sentTo(window.worker());
                Attempt attempt = new Attempt(chunk, window, false);
                out.add(attempt);
                sends.add(attempt);
            }
        }
        return sends;
    }

    /**
     * What an answer means: the verdict the chunk's call gets ({@code null}: none, as the chunk
     * goes out again, or another copy of it answered first), the fate the listeners hear of
     * ({@code null}: none), and the workers still running other copies, now to be cancelled.
     */
    record Answer(Verdict forCall, ChunkFate news, List<Worker> losers) {
        static final Answer NOTHING = new Answer(null, null, List.of());
    }

    /**
     * Takes back an attempt that was answered, freeing its window and noting the worker's
     * {@code load} (if it told one); false if it was abandoned, its answer ignored.
     */
    boolean takeBack(Attempt attempt, WorkerLoad load) {
        if (!out.remove(attempt)) {
            return false;
        }
        attempt.window.release();
        if (load != null) {
            attempt.window.loaded(load);
        }
        attempt.chunk.copyBack();
        return true;
    }

    /**
     * What becomes of a chunk taken back with {@code verdict}: the first copy to answer with
     * results or a failure settles it; a lost one goes out again (at once, or when {@code requeue}
     * runs after a pause) unless another copy of it is still out.
     */
    Answer answer(Attempt attempt, Verdict verdict, Runnable requeue) {
        Chunk chunk = attempt.chunk;
        closeIfUnsure(attempt, verdict.fate());
        if (chunk.settled()) {
            return Answer.NOTHING;
        }
        if (!chunk.job().wants(chunk)) {
            chunk.settle();
            return new Answer(Verdict.of(ChunkFate.DROPPED, chunk.indexOf(0), null), null, losers(chunk));
        }
        if (!verdict.fate().resent()) {
            chunk.settle();
            return new Answer(verdict, verdict.fate(), losers(chunk));
        }
        if (chunk.copiesOut() > 0 || ready.contains(chunk)) {
            return Answer.NOTHING; // another copy runs on, or waits to go out already (rerouted)
        }
        String worker = attempt.worker().name();
        switch (verdict.fate()) {
            case LOST -> {
                if (resends.spent(chunk)) {
                    chunk.settle();
                    return new Answer(Verdict.of(ChunkFate.FAILED, chunk.indexOf(0),
                            resends.poisonPill(chunk, verdict.error())), ChunkFate.FAILED, List.of());
                }
                LOG.debug("{} was lost on {}; sending it again", chunk, worker, verdict.error());
                ready.addFirst(chunk);
            }
            case REFUSED -> {
                LOG.debug("{} was refused by {}, which is draining", chunk, worker);
                chunk.uncount();
                ready.addFirst(chunk);
            }
            case BUSY -> {
                LOG.debug("{} was turned away by {}, whose queue is full; sending it again later", chunk, worker);
                chunk.uncount();
                pausing++;
                resends.later(chunk, requeue);
            }
            default -> {
                LOG.debug("{} did not reach {}; sending it again later", chunk, worker, verdict.error());
                chunk.uncount();
                pausing++;
                resends.later(chunk, requeue);
            }
        }
        return new Answer(null, verdict.fate(), List.of());
    }

    /**
     * A worker that refused a chunk (it drains), lost one or was not reached (killed perhaps, but
     * not yet out of the membership) takes no more chunks until it says again how many slots it has.
     * One that was only full ({@code BUSY}) is sure: its window shrinks by what it told of its load.
     */
    private void closeIfUnsure(Attempt attempt, ChunkFate fate) {
        if (fate == ChunkFate.REFUSED
                || (fate == ChunkFate.LOST || fate == ChunkFate.UNREACHED) && recheck.test(attempt.worker())) {
            windows.close(attempt.window);
        }
    }

    /** The workers that run other copies of a settled chunk. */
    private List<Worker> losers(Chunk chunk) {
        if (chunk.copiesOut() == 0) {
            return List.of();
        }
        List<Worker> losers = new ArrayList<>();
        for (Attempt other : out) {
            if (other.chunk == chunk) {
                losers.add(other.worker());
            }
        }
        return losers;
    }

    /** Sends a copy of an attempt's chunk to another window: a speculative copy. */
    Attempt copy(Attempt original, MemberWindow window) {
        window.take();
        original.chunk.copiedTo(window.worker());
        Attempt copy = new Attempt(original.chunk, window, true);
        out.add(copy);
        return copy;
    }

    /** The attempts out now. */
    Set<Attempt> outNow() {
        return out;
    }

    /** The workers that hold a chunk out for longer than {@code nanos}. */
    Set<Worker> workersOutLongerThan(long nanos) {
        Set<Worker> workers = new HashSet<>();
        for (Attempt attempt : out) {
            if (attempt.nanosOut() > nanos) {
                workers.add(attempt.worker());
            }
        }
        return workers;
    }

    /** The chunk of call {@code call} at {@code seq} that is out on {@code worker}, or {@code null}. */
    Chunk outOn(Worker worker, long call, int seq) {
        for (Attempt attempt : out) {
            if (attempt.worker() == worker && attempt.chunk.job().id() == call && attempt.chunk.seq() == seq) {
                return attempt.chunk;
            }
        }
        return null;
    }

    /**
     * A chunk's pause is over: it waits for a slot again, unless the pool stopped sending
     * ({@code sending} false) or its call no longer wants it; then it returns false.
     */
    boolean resume(Chunk chunk, boolean sending) {
        pausing--;
        if (!sending || !chunk.job().wants(chunk)) {
            chunk.settle();
            return false;
        }
        ready.addFirst(chunk);
        return true;
    }

    /**
     * The chunks out on a worker that cannot be reached go out again, first, to the others: the
     * attempts there stay out, so whichever copy answers first is taken and a late answer of the
     * other is ignored. Chunks bound to their key's owner stay, and so do chunks that have had all
     * their attempts (their loss is judged when it comes back). Returns them.
     */
    List<Chunk> reroute(Worker worker) {
        List<Chunk> rerouted = new ArrayList<>();
        for (Attempt attempt : out) {
            Chunk chunk = attempt.chunk;
            if (attempt.worker() == worker && !chunk.settled() && chunk.target() == null && chunk.copiesOut() == 1
                    && !resends.spent(chunk) && chunk.job().wants(chunk) && !ready.contains(chunk)) {
                rerouted.add(chunk);
            }
        }
        rerouted.forEach(ready::addFirst);
        return rerouted;
    }

    /** Takes out the ready chunks of a call. */
    List<Chunk> removeReady(Job job) {
        List<Chunk> removed = new ArrayList<>();
        for (Iterator<Chunk> it = ready.iterator(); it.hasNext(); ) {
            Chunk chunk = it.next();
            if (chunk.job() == job) {
                it.remove();
                chunk.settle();
                removed.add(chunk);
            }
        }
        return removed;
    }

    /** The workers that hold chunks of a call now. */
    Set<Worker> workersOf(Job job) {
        Set<Worker> on = new HashSet<>();
        for (Attempt attempt : out) {
            if (attempt.chunk.job() == job) {
                on.add(attempt.worker());
            }
        }
        return on;
    }

    /** Forgets every chunk ready or out, returning them: their answers will be ignored. */
    List<Chunk> abandonAll() {
        Set<Chunk> abandoned = new LinkedHashSet<>(ready);
        out.forEach(attempt -> abandoned.add(attempt.chunk));
        ready.clear();
        out.clear();
        abandoned.removeIf(Chunk::settled);
        abandoned.forEach(Chunk::settle);
        return List.copyOf(abandoned);
    }
}
