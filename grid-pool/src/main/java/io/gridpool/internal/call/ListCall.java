package io.gridpool.internal.call;

import io.gridpool.internal.dispatch.CallMeter;
import io.gridpool.internal.dispatch.Chunk;
import io.gridpool.internal.dispatch.Chunker;
import io.gridpool.internal.dispatch.Dispatch;
import io.gridpool.internal.dispatch.Verdict;
import io.gridpool.internal.wire.Column;
import io.gridpool.internal.wire.Payload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The collector of a call whose caller gets everything at once: {@code map}, {@code starmap},
 * {@code apply} and their async forms. The first failure completes the future at once and stops
 * the rest of the call's chunks (fail fast); otherwise the results are put in input order when the
 * last chunk is in. A future completed from outside (cancelled, timed out) ends the call too.
 */
final class ListCall extends Call {

    /** The life of a call that returns a list. */
    enum Phase {
        /** The input is read and cut; results come in. */
        READING,
        /** The input is all cut; the last results come in. */
        COLLECTING,
        /** Every result is in; the future has the list. */
        SUCCEEDED,
        /** Failed or cancelled: the future has the error; chunks still out are being called back. */
        FAILING,
        /** Failed, and nothing of the call is out any more. */
        FAILED;

        boolean canBecome(Phase next) {
            return switch (this) {
                case READING -> next == COLLECTING || next == FAILING || next == FAILED;
                case COLLECTING -> next == SUCCEEDED || next == FAILING || next == FAILED;
                case FAILING -> next == FAILED;
                case SUCCEEDED, FAILED -> false;
            };
        }

        boolean running() {
            return this == READING || this == COLLECTING;
        }
    }

    private final CompletableFuture<Object> future;
    private final Function<List<Object>, Object> finisher;
    private final boolean single;
    private final boolean awaited;
    private volatile Phase phase = Phase.READING;
    private final List<Chunk> chunks = new ArrayList<>();
    private final List<List<Object>> values = new ArrayList<>();
    private List<Runnable> heldNews;

    /**
     * @param finisher makes the caller's result of the results in input order
     * @param single the input is one element in hand (an apply)
     * @param awaited the future never reaches the user: the pool's caller blocks on it, then calls {@link #taken()}
     */
    ListCall(Dispatch dispatch, long id, Payload function, Chunker chunker, CallMeter meter,
             Function<List<Object>, Object> finisher, boolean single, boolean awaited) {
        super(dispatch, id, function, chunker, meter);
        this.future = new CallFuture<>();
        this.finisher = finisher;
        this.single = single;
        this.awaited = awaited;
        this.heldNews = awaited ? new ArrayList<>() : null;
        future.whenComplete((value, error) -> completedFromOutside(error));
    }

    CompletableFuture<Object> future() {
        return future;
    }

    private void become(Phase next) {
        if (!phase.canBecome(next)) {
            throw new IllegalStateException("call " + id() + " cannot go from " + phase + " to " + next);
        }
        phase = next;
    }

    @Override
    public boolean wantsInput(int ahead) {
        return phase == Phase.READING && outstanding < ahead;
    }

    @Override
    public boolean wants(Chunk chunk) {
        return phase.running();
    }

    @Override
    public boolean closeWaits() {
        return true;
    }

    /** The future is done once its outcome is set, before its callbacks run, which may close the pool themselves. */
    @Override
    public boolean outcomeSet() {
        return future.isDone();
    }

    @Override
    public boolean over() {
        Phase now = phase;
        return (now == Phase.SUCCEEDED || now == Phase.FAILED) && future.isDone();
    }

    @Override
    public boolean feedsHere() {
        return single;
    }

    @Override
    public boolean awaited() {
        return awaited;
    }

    @Override
    public synchronized boolean hold(Runnable news) {
        if (heldNews == null) {
            return false;
        }
        heldNews.add(news);
        return true;
    }

    /** The awaiting caller has the outcome: it tells the news held for it; later news is told elsewhere. */
    void taken() {
        List<Runnable> news;
        synchronized (this) {
            news = heldNews;
            heldNews = null;
        }
        if (news != null) {
            news.forEach(Runnable::run);
        }
    }

    @Override
    Runnable onInputEnded() {
        if (phase == Phase.READING) {
            become(Phase.COLLECTING);
        }
        return succeedIfAllIn();
    }

    @Override
    Runnable onInputFailed(long index, Throwable error) {
        return fail(error);
    }

    @Override
    Runnable onChunkEnded(Chunk chunk, Verdict verdict) {
        switch (verdict.fate()) {
            case DONE -> {
                if (phase.running()) {
                    chunks.add(chunk);
                    values.add(verdict.values());
                }
                return then(succeedIfAllIn(), failedIfDrained());
            }
            case FAILED, CANCELLED -> {
                return then(fail(verdict.error()), failedIfDrained());
            }
            default -> {
                return failedIfDrained();
            }
        }
    }

    @Override
    Runnable onAbort(RuntimeException why) {
        return fail(why);
    }

    @Override
    Runnable onPoolClosed() {
        return null; // a list call runs to its end: close() waits for it
    }

    /** The first failure wins: the future fails, the rest of the call's chunks are stopped. */
    private Runnable fail(Throwable error) {
        if (!phase.running()) {
            return null;
        }
        chunks.clear();
        values.clear();
        become(outstanding > 0 ? Phase.FAILING : Phase.FAILED);
        return () -> {
            future.completeExceptionally(error);
            dispatch.stopChunks(this);
            dispatch.settled(this);
        };
    }

    private Runnable failedIfDrained() {
        if (phase == Phase.FAILING && outstanding == 0) {
            become(Phase.FAILED);
            return settledIfOver();
        }
        return null;
    }

    private Runnable succeedIfAllIn() {
        if (phase != Phase.COLLECTING || outstanding > 0) {
            return null;
        }
        become(Phase.SUCCEEDED);
        List<Chunk> doneChunks = List.copyOf(chunks);
        List<List<Object>> doneValues = List.copyOf(values);
        long size = cutElements;
        return () -> {
            try {
                future.complete(finisher.apply(assemble(doneChunks, doneValues, size)));
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
            dispatch.settled(this);
        };
    }

    /** A future completed by someone else than this call (cancel, orTimeout, complete) ends the call. */
    private void completedFromOutside(Throwable error) {
        if (phase.running()) {
            abort(error instanceof RuntimeException runtime ? runtime
                    : new CancellationException("the call's future was completed from outside"));
        }
    }

    private static List<Object> assemble(List<Chunk> chunks, List<List<Object>> values, long size) {
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("a map's results must fit in one list; " + size + " do not");
        }
        Column column = asColumn(chunks, values, (int) size);
        if (column != null) {
            return Collections.unmodifiableList(column);
        }
        Object[] ordered = new Object[(int) size];
        for (int c = 0; c < chunks.size(); c++) {
            Chunk chunk = chunks.get(c);
            List<Object> chunkValues = values.get(c);
            if (chunk.contiguous()) {
                Object[] run = chunkValues.toArray();
                System.arraycopy(run, 0, ordered, (int) chunk.first(), run.length);
                continue;
            }
            for (int i = 0; i < chunkValues.size(); i++) {
                ordered[(int) chunk.indexOf(i)] = chunkValues.get(i);
            }
        }
        return Collections.unmodifiableList(Arrays.asList(ordered));
    }

    /**
     * The results as one primitive column, when every chunk brought one of the same kind and the
     * chunks are runs of the input that follow each other; else {@code null}.
     */
    private static Column asColumn(List<Chunk> chunks, List<List<Object>> values, int size) {
        Integer[] order = new Integer[chunks.size()];
        for (int c = 0; c < order.length; c++) {
            if (!chunks.get(c).contiguous() || !(values.get(c) instanceof Column)) {
                return null;
            }
            order[c] = c;
        }
        Arrays.sort(order, Comparator.comparingLong(c -> chunks.get(c).first()));
        List<List<Object>> inOrder = new ArrayList<>(order.length);
        long next = 0;
        for (int c : order) {
            if (chunks.get(c).first() != next) {
                return null;
            }
            next += chunks.get(c).size();
            inOrder.add(values.get(c));
        }
        return next == size ? Column.join(inOrder, size) : null;
    }
}
