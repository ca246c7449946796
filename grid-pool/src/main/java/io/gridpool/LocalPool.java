package io.gridpool;

import io.gridpool.internal.Checks;
import io.gridpool.internal.Engine;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link Pool} on the threads of this JVM: {@code new LocalPool()} has one thread per core,
 * {@code new LocalPool(n)} has {@code n}. It keeps the whole contract of {@link Pool}, so code
 * tested on a {@code LocalPool} runs unchanged on a {@link GridPool}.
 * <p>
 * Built with {@link #builder()} and {@link Builder#serializing(boolean) serializing(true)}, it
 * passes every chunk, result and function through Hazelcast's serialization exactly as a grid
 * does, so that a function, input or result that cannot travel fails on a laptop with the error
 * the grid would give, instead of on the cluster.
 * <p>
 * Thread-safe.
 */
public final class LocalPool extends EnginePool {

    private static final AtomicInteger POOLS = new AtomicInteger();
    /** A chunk on this JVM's threads cannot lose its worker, and the threads are always there. */
    private static final int ONE_ATTEMPT = 1;
    private static final Duration NO_WORKER_WAIT = Duration.ofDays(1);

    /** A pool with one thread per core of this machine. */
    public LocalPool() {
        this(builder());
    }

    /**
     * A pool with {@code threads} threads.
     *
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public LocalPool(int threads) {
        this(builder().threads(threads));
    }

    private LocalPool(Builder builder) {
        super(Engine.local(builder.threads, builder.serializing,
                builder.options("gridpool-local-" + POOLS.incrementAndGet(), ONE_ATTEMPT, NO_WORKER_WAIT)));
    }

    /** Returns a builder for a pool with options; its defaults are those of {@code new LocalPool()}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Options of a {@link LocalPool}: those of every pool, and its threads. Each setter checks its
     * value at once. Not thread-safe; the pool it builds copies the options.
     */
    public static final class Builder extends PoolBuilder<Builder> {
        private int threads = PoolDefaults.threads();
        private boolean serializing = PoolDefaults.SERIALIZING;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Sets the number of threads; the default is the number of cores.
         *
         * @throws IllegalArgumentException if {@code threads < 1}
         */
        public Builder threads(int threads) {
            this.threads = Checks.atLeastOne(threads, "threads");
            return this;
        }

        /**
         * Whether chunks, results and functions go through Hazelcast's serialization as on a grid;
         * off by default.
         */
        public Builder serializing(boolean serializing) {
            this.serializing = serializing;
            return this;
        }

        /** Builds the pool and starts its threads. */
        public LocalPool build() {
            return new LocalPool(this);
        }
    }
}
