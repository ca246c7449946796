package io.gridpool.internal;

import com.hazelcast.core.HazelcastInstance;

import java.util.concurrent.TimeUnit;

/**
 * A pool's machinery, made for one kind of worker: the threads of this JVM, or the members of a
 * cluster. The public pools are built on one; its inside stays in this package.
 */
public final class Engine {

    private static final long PROBE_WAIT_MILLIS = TimeUnit.SECONDS.toMillis(10);

    final Dispatcher dispatcher;
    final Workers workers;
    final PoolOptions options;

    private Engine(Workers workers, PoolOptions options) {
        this.workers = workers;
        this.options = options;
        this.dispatcher = new Dispatcher(workers, options);
    }

    /** An engine on {@code threads} threads of this JVM, serializing chunks if asked to. */
    public static Engine local(int threads, boolean serializing, PoolOptions options) {
        Engine engine = new Engine(new LocalWorkers(options.name(), threads, serializing), options);
        engine.dispatcher.start();
        return engine;
    }

    /**
     * An engine on the members of {@code hazelcast}'s cluster, through the named executor. Returns
     * once the present members have said how many slots they have (or after a few seconds).
     */
    public static Engine grid(HazelcastInstance hazelcast, String executorName, PoolOptions options) {
        GridWorkers workers = new GridWorkers(hazelcast, executorName);
        Engine engine = new Engine(workers, options);
        engine.dispatcher.start();
        try {
            workers.awaitProbes(PROBE_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return engine;
    }
}
