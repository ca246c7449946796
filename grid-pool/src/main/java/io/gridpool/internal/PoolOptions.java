package io.gridpool.internal;

import com.hazelcast.jet.function.RunnableEx;
import io.gridpool.PoolListener;

import java.time.Duration;
import java.util.List;

/**
 * The settings of a built pool, copied from its builder: the chunk size used when a call gives
 * none (0: automatic), chunks in flight per worker slot, attempts per chunk, the initializer (or
 * {@code null}), how long a call waits for a worker, whether the tail is speculated, the longest
 * an element may run ({@code null}: no limit), the priority on shared workers, the name used for threads and logs, and who is told
 * about chunks. Immutable.
 */
public record PoolOptions(int chunkSize, int inFlightPerSlot, int maxAttempts, RunnableEx initializer,
                          Duration workerWait, boolean speculation, Duration taskTimeout, int priority, String name,
                          List<PoolListener> listeners) {

    public PoolOptions {
        listeners = List.copyOf(listeners);
    }
}
