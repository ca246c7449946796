package io.gridpool.spring;

import io.gridpool.PoolListener;

import java.util.List;

/** Several {@link PoolListener}s as one, told in order. Thread-safe if they are. */
final class PoolListeners implements PoolListener {

    private final List<PoolListener> listeners;

    PoolListeners(List<PoolListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void chunkSubmitted(String worker) {
        listeners.forEach(listener -> listener.chunkSubmitted(worker));
    }

    @Override
    public void chunkCompleted(String worker, long nanos) {
        listeners.forEach(listener -> listener.chunkCompleted(worker, nanos));
    }

    @Override
    public void chunkFailed(String worker) {
        listeners.forEach(listener -> listener.chunkFailed(worker));
    }

    @Override
    public void chunkRetried(String worker) {
        listeners.forEach(listener -> listener.chunkRetried(worker));
    }
}
