package io.gridpool.internal.call;

import io.gridpool.PoolSnapshot;
import io.gridpool.internal.dispatch.CallMeter;
import io.gridpool.internal.dispatch.Chunk;
import io.gridpool.internal.dispatch.Chunker;
import io.gridpool.internal.dispatch.Dispatch;
import io.gridpool.internal.dispatch.Job;
import io.gridpool.internal.dispatch.Verdict;
import io.gridpool.internal.wire.Payload;

import java.util.function.Supplier;

/**
 * One call on a pool (a map, an apply, an imap) as the dispatcher sees it: its id, function and
 * input, and the accounting of its chunks that every kind of call shares. Each kind adds what its
 * caller waits on, and the phases of its life as an enum whose transitions it checks.
 *
 * <h2>Locking</h2>
 * A call's state is guarded by its own monitor ({@code synchronized} on the call). Every event is
 * taken in two steps: the change of state under the monitor, which returns what must follow, and
 * what follows (completing a future, asking the dispatcher to stop chunks or to forget the call)
 * outside it, so that a call never calls the dispatcher, nor the user's code, while holding its
 * monitor. The dispatcher, for its part, calls a call without holding its own lock, except for
 * {@link #wantsInput} and {@link #wants}, which read only volatile fields.
 */
abstract class Call implements Job {

    final Dispatch dispatch;
    private final long id;
    private final Payload function;
    private final Chunker chunker;
    private final CallMeter meter;

    /** Chunks cut and not yet ended. */
    volatile int outstanding;
    /** Chunks cut. */
    volatile int cutChunks;
    /** Elements in the chunks cut. */
    volatile long cutElements;
    /** Whether the input has no more elements. */
    volatile boolean inputEnded;

    Call(Dispatch dispatch, long id, Payload function, Chunker chunker, CallMeter meter) {
        this.dispatch = dispatch;
        this.id = id;
        this.function = function;
        this.chunker = chunker;
        this.meter = meter;
    }

    @Override
    public final long id() {
        return id;
    }

    @Override
    public final Payload function() {
        return function;
    }

    @Override
    public final Chunker chunker() {
        return chunker;
    }

    @Override
    public final CallMeter meter() {
        return meter;
    }

    @Override
    public final PoolSnapshot.Call snapshot() {
        return meter.snapshot(id, cutChunks, cutElements, inputEnded);
    }

    @Override
    public final synchronized void cut(Chunk chunk) {
        outstanding++;
        cutChunks++;
        cutElements += chunk.size();
    }

    @Override
    public final void inputEnded() {
        event(() -> {
            inputEnded = true;
            return onInputEnded();
        });
    }

    @Override
    public final void inputFailed(long index, Throwable error) {
        event(() -> onInputFailed(index, error));
    }

    @Override
    public final void chunkEnded(Chunk chunk, Verdict verdict) {
        event(() -> {
            outstanding--;
            return onChunkEnded(chunk, verdict);
        });
    }

    @Override
    public final void chunkStuck(Chunk chunk, Verdict verdict) {
        event(() -> onChunkEnded(chunk, verdict));
    }

    @Override
    public final boolean readAll() {
        return inputEnded;
    }

    @Override
    public final void abort(RuntimeException why) {
        event(() -> onAbort(why));
    }

    @Override
    public final void poolClosed() {
        event(this::onPoolClosed);
    }

    /** Takes an event: {@code change} runs under the monitor and returns what follows, run outside it. */
    final void event(Supplier<Runnable> change) {
        Runnable then;
        synchronized (this) {
            then = change.get();
        }
        if (then != null) {
            then.run();
        }
    }

    /** What follows a change that may have ended the call: the dispatcher is told, if it is over. Under the monitor. */
    final Runnable settledIfOver() {
        return over() ? () -> dispatch.settled(this) : null;
    }

    /** The input ended. Under the monitor; returns what follows, or {@code null}. */
    abstract Runnable onInputEnded();

    /** The input failed at {@code index}. Under the monitor; returns what follows, or {@code null}. */
    abstract Runnable onInputFailed(long index, Throwable error);

    /**
     * A chunk ended, already uncounted from {@link #outstanding}; or an element of a chunk still out
     * is stuck past its deadline, the verdict a failure. Under the monitor; returns what follows.
     */
    abstract Runnable onChunkEnded(Chunk chunk, Verdict verdict);

    /** The pool ends the call. Under the monitor; returns what follows, or {@code null}. */
    abstract Runnable onAbort(RuntimeException why);

    /** The pool was closed. Under the monitor; returns what follows, or {@code null}. */
    abstract Runnable onPoolClosed();

    /** Runs both, in order, either of which may be {@code null}. */
    static Runnable then(Runnable first, Runnable second) {
        if (first == null) {
            return second;
        }
        if (second == null) {
            return first;
        }
        return () -> {
            first.run();
            second.run();
        };
    }
}
