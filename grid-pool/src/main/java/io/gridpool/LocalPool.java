package io.gridpool;

import com.hazelcast.jet.function.RunnableEx;
import io.gridpool.internal.Checks;
import io.gridpool.internal.Engine;
import io.gridpool.internal.PoolBase;
import io.gridpool.internal.PoolOptions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
public final class LocalPool extends PoolBase {

    private static final AtomicInteger POOLS = new AtomicInteger();

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
        super(Engine.local(builder.threads, builder.serializing, builder.options()));
    }

    /** Returns a builder for a pool with options; its defaults are those of {@code new LocalPool()}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Options of a {@link LocalPool}. Each setter checks its value at once. Not thread-safe; the
     * pool it builds copies the options.
     */
    public static final class Builder {
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean serializing;
        private int chunkSize;
        private int inFlightPerSlot = 2;
        private RunnableEx initializer;
        private final List<PoolListener> listeners = new ArrayList<>();

        private Builder() {
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

        /**
         * Sets the chunk size of the calls that give none, instead of the automatic size.
         *
         * @throws IllegalArgumentException if {@code chunkSize < 1}
         */
        public Builder chunkSize(int chunkSize) {
            this.chunkSize = Checks.atLeastOne(chunkSize, "chunkSize");
            return this;
        }

        /**
         * Sets how many chunks may be queued or running per thread; the default, 2, keeps a thread
         * that finishes a chunk from waiting for the next.
         *
         * @throws IllegalArgumentException if {@code inFlightPerSlot < 1}
         */
        public Builder inFlightPerSlot(int inFlightPerSlot) {
            this.inFlightPerSlot = Checks.atLeastOne(inFlightPerSlot, "inFlightPerSlot");
            return this;
        }

        /**
         * Sets a function run once, before the pool's first chunk (Python's {@code initializer}).
         * If it throws, every chunk fails with its exception.
         */
        public Builder initializer(RunnableEx initializer) {
            this.initializer = Checks.notNull(initializer, "initializer");
            return this;
        }

        /**
         * Adds a listener told about the pool's chunks, for metrics; listeners are told in the
         * order they were added.
         *
         * @throws NullPointerException if {@code listener} is {@code null}
         */
        public Builder addListener(PoolListener listener) {
            listeners.add(Checks.notNull(listener, "listener"));
            return this;
        }

        /** Builds the pool and starts its threads. */
        public LocalPool build() {
            return new LocalPool(this);
        }

        private PoolOptions options() {
            return new PoolOptions(chunkSize, inFlightPerSlot, 1, initializer, Duration.ofDays(1),
                    "gridpool-local-" + POOLS.incrementAndGet(), listeners);
        }
    }
}
