package io.gridpool.internal.call;

import io.gridpool.internal.Exceptions;
import io.gridpool.internal.dispatch.CallMeter;
import io.gridpool.internal.dispatch.Chunk;
import io.gridpool.internal.dispatch.Chunker;
import io.gridpool.internal.dispatch.Dispatch;
import io.gridpool.internal.dispatch.Verdict;
import io.gridpool.internal.wire.Payload;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;

/**
 * The collector of a call whose caller takes the results one by one ({@code imap},
 * {@code imapUnordered}): an iterator that blocks until its next result is in. It reads its input
 * only while the chunks cut and not yet consumed stay within the dispatcher's bound, so memory
 * does not grow with the input. The subclasses decide the order, and where a failure is handed out.
 */
abstract class IteratorCall extends Call implements Iterator<Object> {

    /** The life of an iterator call, as its consumer sees it. */
    enum Phase {
        /** Results flow; the input is read while there is room. */
        STREAMING,
        /** An element failed: the results before its position are handed out, then the failure. */
        FAILED,
        /** The pool was closed before the input ended: the results of the chunks sent, then an IllegalStateException. */
        CUT_SHORT,
        /** The pool was terminated, or the consumer cancelled: the next call of the iterator throws. */
        CANCELLED,
        /** The consumer has seen the end, the failure or the IllegalStateException. */
        ENDED;

        boolean canBecome(Phase next) {
            return switch (this) {
                case STREAMING -> next != STREAMING;
                case CUT_SHORT -> next == FAILED || next == CANCELLED || next == ENDED;
                case FAILED -> next == CANCELLED || next == ENDED;
                case CANCELLED, ENDED -> false;
            };
        }
    }

    volatile Phase phase = Phase.STREAMING;
    Throwable failure;
    private RuntimeException cancelled;
    private List<Object> current = List.of();
    private int position;
    private volatile int consumedChunks;
    /** Consumers blocked for a result, and the listener news held for them; guarded by the monitor. */
    private int waiting;
    private final List<Runnable> heldNews = new ArrayList<>();

    IteratorCall(Dispatch dispatch, long id, Payload function, Chunker chunker, CallMeter meter) {
        super(dispatch, id, function, chunker, meter);
    }

    /** Stores the results of a chunk (all of it, or the elements before its failure). Under the monitor. */
    abstract void onValues(Chunk chunk, List<Object> values);

    /**
     * The element at {@code index} failed with {@code error}: keeps it if it is the call's failure
     * now, moving to {@link Phase#FAILED} through {@link #failed()}. Under the monitor; returns what
     * follows, or {@code null}.
     */
    abstract Runnable onFailure(long index, Throwable error);

    /** The results of the next chunk to hand out, or {@code null} if it is not there yet. Under the monitor. */
    abstract List<Object> takeChunk();

    /** Whether the failure is the next thing to hand out. Under the monitor. */
    abstract boolean failureDue();

    /** Whether every result has been handed out and the input is done. Under the monitor. */
    abstract boolean exhausted();

    /** Whether a result is waiting to be taken. Under the monitor. */
    abstract boolean buffered();

    /** Counts a value handed out; the ordered iterator needs the count. Under the monitor. */
    void delivered() {
    }

    /** The call has a failure to hand out. Under the monitor. */
    final void failed() {
        if (phase != Phase.FAILED) {
            become(Phase.FAILED);
        }
    }

    final void become(Phase next) {
        if (!phase.canBecome(next)) {
            throw new IllegalStateException("call " + id() + " cannot go from " + phase + " to " + next);
        }
        phase = next;
    }

    @Override
    public boolean wantsInput(int ahead) {
        return phase == Phase.STREAMING && !inputEnded && cutChunks - consumedChunks < ahead;
    }

    @Override
    public boolean closeWaits() {
        return false;
    }

    /**
     * Only the iterator's consumer waits on its results, and taking a chunk's results runs no code
     * of the user's: a small answer is taken on the thread it arrives on, and the consumer, once
     * woken, cuts and sends what follows, sparing a hand-off to a completion thread per chunk.
     */
    @Override
    public boolean awaited() {
        return true;
    }

    /** Keeps a chunk's listener news while the consumer waits: it tells them when it wakes, before it takes results. */
    @Override
    public synchronized boolean hold(Runnable news) {
        if (waiting == 0) {
            return false;
        }
        heldNews.add(news);
        return true;
    }

    /** Tells the news held for the consumer, on its thread, outside the monitor. */
    private void tellHeldNews() {
        List<Runnable> news;
        synchronized (this) {
            if (heldNews.isEmpty()) {
                return;
            }
            news = new ArrayList<>(heldNews);
            heldNews.clear();
        }
        news.forEach(Runnable::run);
    }

    @Override
    public boolean outcomeSet() {
        return true;
    }

    @Override
    public boolean over() {
        return outstanding == 0 && (inputEnded || phase != Phase.STREAMING);
    }

    @Override
    Runnable onInputEnded() {
        notifyAll(); // an input that ends without a chunk (an empty one) brings no result to wake the consumer
        return settledIfOver();
    }

    @Override
    Runnable onInputFailed(long index, Throwable error) {
        return then(failAt(index, error), settledIfOver());
    }

    @Override
    Runnable onChunkEnded(Chunk chunk, Verdict verdict) {
        Runnable then = null;
        if (phase != Phase.CANCELLED && phase != Phase.ENDED) {
            switch (verdict.fate()) {
                case DONE -> onValues(chunk, verdict.values());
                case FAILED, CANCELLED -> {
                    onValues(chunk, verdict.values());
                    then = failAt(verdict.failureIndex(), verdict.error());
                }
                default -> {
                    // dropped or abandoned: nothing to hand out
                }
            }
        }
        notifyAll();
        return then(then, settledIfOver());
    }

    private Runnable failAt(long index, Throwable error) {
        if (phase == Phase.CANCELLED || phase == Phase.ENDED) {
            return null;
        }
        Runnable then = onFailure(index, error);
        notifyAll();
        return then;
    }

    /** What follows the call's failure when the rest of its chunks are of no use: they are stopped. */
    Runnable stopChunks() {
        return () -> dispatch.stopChunks(this);
    }

    @Override
    Runnable onAbort(RuntimeException why) {
        if (phase == Phase.CANCELLED || phase == Phase.ENDED) {
            return null;
        }
        cancelled = why;
        become(Phase.CANCELLED);
        notifyAll();
        return then(stopChunks(), settledIfOver());
    }

    @Override
    Runnable onPoolClosed() {
        if (phase == Phase.STREAMING && !inputEnded) {
            become(Phase.CUT_SHORT);
        }
        notifyAll();
        return settledIfOver();
    }

    @Override
    public boolean hasNext() {
        boolean[] consumed = {false};
        boolean[] interrupted = {false};
        try {
            synchronized (this) {
                return awaitNext(consumed, interrupted);
            }
        } finally {
            tellHeldNews();
            if (interrupted[0]) {
                dispatch.stopChunks(this);
                dispatch.settled(this);
            } else if (consumed[0]) {
                dispatch.wantsInput(this);
            }
        }
    }

    private boolean awaitNext(boolean[] consumed, boolean[] interrupted) {
        while (true) {
            if (position < current.size()) {
                return true;
            }
            if (phase == Phase.ENDED) {
                return false;
            }
            if (phase == Phase.CANCELLED) {
                throw cancelled;
            }
            List<Object> next = takeChunk();
            if (next != null) {
                current = next;
                position = 0;
                consumedChunks++;
                consumed[0] = true;
                continue;
            }
            if (failureDue() || (phase == Phase.CUT_SHORT && outstanding == 0 && !buffered())) {
                return true;
            }
            if (exhausted()) {
                become(Phase.ENDED);
                return false;
            }
            waiting++;
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                CancellationException ce = new CancellationException("interrupted while waiting for the next result");
                ce.initCause(e);
                cancelled = ce;
                become(Phase.CANCELLED);
                interrupted[0] = true;
                throw ce;
            } finally {
                waiting--;
            }
        }
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        synchronized (this) {
            if (position < current.size()) {
                delivered();
                return current.get(position++);
            }
            if (phase == Phase.CANCELLED) {
                throw cancelled;
            }
            Phase was = phase;
            become(Phase.ENDED);
            if (was == Phase.FAILED) {
                throw Exceptions.sneaky(failure);
            }
            throw new IllegalStateException("the pool was closed before this iterator read all of its input; "
                    + "the results of the chunks already sent were delivered");
        }
    }
}
