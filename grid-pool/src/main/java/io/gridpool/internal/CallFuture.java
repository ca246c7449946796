package io.gridpool.internal;

import java.util.concurrent.CompletableFuture;

/** The future of a call: cancelling it cancels the call's work too. */
final class CallFuture<V> extends CompletableFuture<V> {

    private volatile Runnable onCancel;

    void onCancel(Runnable action) {
        this.onCancel = action;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        Runnable action = onCancel;
        if (cancelled && action != null) {
            action.run();
        }
        return cancelled;
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new CompletableFuture<>();
    }
}
