package io.gridpool.internal;

import com.hazelcast.core.HazelcastInstance;
import io.gridpool.PoolSnapshot;
import io.gridpool.PoolStats;
import io.gridpool.internal.call.Calls;
import io.gridpool.internal.dispatch.Dispatcher;
import io.gridpool.internal.wire.Codec;
import io.gridpool.internal.wire.LocalSerialization;
import io.gridpool.internal.wire.ObjectCodec;
import io.gridpool.internal.wire.Payload;
import io.gridpool.internal.wire.SerializingCodec;
import io.gridpool.internal.worker.GridWorkers;
import io.gridpool.internal.worker.LocalWorkers;
import io.gridpool.internal.worker.Workers;

import java.util.concurrent.TimeUnit;

/**
 * A pool's machinery, assembled for one kind of worker (the threads of this JVM, or the members
 * of a cluster): the workers, the dispatcher, and the calls made on them. The public pools hold
 * one. Thread-safe.
 */
public final class Engine {

    private static final long PROBE_WAIT_MILLIS = TimeUnit.SECONDS.toMillis(10);

    private final Dispatcher dispatcher;
    private final Calls calls;

    private Engine(Workers workers, PoolOptions options) {
        Codec codec = workers.codec();
        Payload initializer = options.initializer() == null ? null
                : codec.function(options.initializer(), "the initializer");
        this.dispatcher = new Dispatcher(workers, options, initializer);
        this.calls = new Calls(dispatcher, codec, options.chunkSize(), workers.partitionOwners());
        dispatcher.start();
    }

    /** An engine on {@code threads} threads of this JVM, serializing chunks if asked to. */
    public static Engine local(int threads, boolean serializing, PoolOptions options) {
        Codec codec = serializing ? new SerializingCodec(LocalSerialization.create()) : ObjectCodec.INSTANCE;
        return new Engine(new LocalWorkers(options.name(), threads, codec), options);
    }

    /**
     * An engine on the members of {@code hazelcast}'s cluster, through the named executor. Returns
     * once the present members have said how many slots they have (or after a few seconds).
     */
    public static Engine grid(HazelcastInstance hazelcast, String executorName, PoolOptions options) {
        GridWorkers workers = new GridWorkers(hazelcast, executorName);
        Engine engine = new Engine(workers, options);
        try {
            workers.awaitProbes(PROBE_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return engine;
    }

    /** How the pool's methods become calls. */
    public Calls calls() {
        return calls;
    }

    public int parallelism() {
        return dispatcher.parallelism();
    }

    public PoolStats stats() {
        return dispatcher.stats();
    }

    public PoolSnapshot snapshot() {
        return dispatcher.snapshot();
    }

    public void close() {
        dispatcher.close();
    }

    public void terminate() {
        dispatcher.terminate();
    }

    public void join() throws InterruptedException {
        dispatcher.join();
    }
}
