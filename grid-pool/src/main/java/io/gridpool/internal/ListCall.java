package io.gridpool.internal;

import com.hazelcast.function.FunctionEx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A call whose caller gets everything at once: {@code map}, {@code starmap}, {@code apply} and
 * their async forms. The first failure completes the future at once and cancels the rest of the
 * call's chunks (fail fast); otherwise the results are put in input order when the last chunk is in.
 */
final class ListCall extends Call {

    private final CallFuture<Object> future;
    private final Function<List<Object>, Object> finisher;
    private final List<Chunk> chunks = new ArrayList<>();
    private final List<List<Object>> values = new ArrayList<>();
    private final boolean single;
    private final boolean awaited;
    private List<Runnable> heldNews;
    private Throwable failure;
    private boolean succeeded;

    /**
     * {@code single}: the input is one element in hand (an apply). {@code awaited}: the future
     * never reaches the user; the pool's caller blocks on it and then calls {@link #taken()}.
     */
    ListCall(Dispatcher dispatcher, long id, FunctionEx<Object, Object> fn, byte[] fnBytes, Chunker chunker,
             CallFuture<Object> future, Function<List<Object>, Object> finisher, boolean single, boolean awaited) {
        super(dispatcher, id, fn, fnBytes, chunker);
        this.future = future;
        this.finisher = finisher;
        this.single = single;
        this.awaited = awaited;
        this.heldNews = awaited ? new ArrayList<>() : null;
    }

    CompletableFuture<Object> future() {
        return future;
    }

    @Override
    boolean feedsHere() {
        return single;
    }

    @Override
    boolean awaited() {
        return awaited;
    }

    @Override
    boolean hold(Runnable news) {
        if (heldNews == null) {
            return false;
        }
        heldNews.add(news);
        return true;
    }

    /** The awaiting caller has the outcome: it tells the news held for it; later news is told elsewhere. */
    void taken() {
        List<Runnable> news;
        dispatcher.lock.lock();
        try {
            news = heldNews;
            heldNews = null;
        } finally {
            dispatcher.lock.unlock();
        }
        if (news != null) {
            news.forEach(Runnable::run);
        }
    }

    @Override
    boolean hasRoom() {
        return outstanding < dispatcher.aheadLimit();
    }

    @Override
    boolean needs(Chunk chunk) {
        return !stopped;
    }

    @Override
    boolean eager() {
        return true;
    }

    /**
     * The future is done once its outcome is set, before it runs its callbacks: so close() waits
     * for the outcome and not for callbacks, which may close the pool themselves.
     */
    @Override
    boolean delivered() {
        return future.isDone();
    }

    @Override
    void onValues(Chunk chunk, List<Object> chunkValues) {
        chunks.add(chunk);
        values.add(chunkValues);
    }

    @Override
    void onFailure(long index, Throwable error) {
        fail(error);
    }

    @Override
    void onCancel(RuntimeException why) {
        fail(why);
    }

    @Override
    void onPoolClosed() {
        // a list call runs to its end: close() waits for it
    }

    private void fail(Throwable error) {
        if (failure == null && !succeeded) {
            failure = error;
            chunks.clear();
            values.clear();
            dispatcher.cancelChunks(this);
        }
        stop();
    }

    @Override
    void onSettled() {
        if (failure == null) {
            succeeded = true;
        }
    }

    @Override
    void publish() {
        Throwable error;
        List<Chunk> doneChunks;
        List<List<Object>> doneValues;
        long size;
        boolean over;
        dispatcher.lock.lock();
        try {
            over = finished;
            if (future.isDone() || (failure == null && !succeeded) || untold > 0) {
                return;
            }
            error = failure;
            doneChunks = chunks;
            doneValues = values;
            size = cutElements;
        } finally {
            dispatcher.lock.unlock();
        }
        if (error != null) {
            future.completeExceptionally(error);
        } else {
            try {
                future.complete(finisher.apply(assemble(doneChunks, doneValues, size)));
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }
        if (over) {
            dispatcher.delivered(this);
        }
    }

    private static List<Object> assemble(List<Chunk> chunks, List<List<Object>> values, long size) {
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("a map's results must fit in one list; " + size + " do not");
        }
        Object[] ordered = new Object[(int) size];
        for (int c = 0; c < chunks.size(); c++) {
            Chunk chunk = chunks.get(c);
            List<Object> chunkValues = values.get(c);
            for (int i = 0; i < chunkValues.size(); i++) {
                ordered[(int) chunk.indexOf(i)] = chunkValues.get(i);
            }
        }
        return Collections.unmodifiableList(Arrays.asList(ordered));
    }
}
