package io.gridpool.internal.call;

import io.gridpool.internal.Exceptions;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The future of a call. Completing it from outside (cancel, orTimeout, completeExceptionally) ends
 * the call, which watches it; the futures derived from it are plain, so that cancelling one of
 * those does not reach back into the pool.
 */
public final class CallFuture<V> extends CompletableFuture<V> {

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new CompletableFuture<>();
    }

    /**
     * Waits for a call, throwing what failed it as it is. A caller interrupted while it waits
     * cancels the call and gets a {@link CancellationException}, its interrupt status kept.
     */
    public static <V> V await(CompletableFuture<V> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw Exceptions.sneaky(e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException("interrupted while waiting for the call");
            cancelled.initCause(e);
            throw cancelled;
        }
    }
}
