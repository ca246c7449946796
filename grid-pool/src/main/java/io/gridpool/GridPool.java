package io.gridpool;

import com.hazelcast.core.HazelcastInstance;
import io.gridpool.internal.Checks;
import io.gridpool.internal.Engine;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link Pool} whose workers are the members of a Hazelcast cluster. {@code GridPool.on(hz)}
 * runs on every member of {@code hz}'s cluster, where {@code hz} is an embedded member or a
 * client; the driver need not hold any data.
 * <p>
 * Each call is cut into chunks; a chunk is one {@code IExecutorService} submission to a member,
 * its elements and results written with Hazelcast's serialization, its function serialized once
 * per call. Each member gets a window of chunks sized from its slots (shared while other pools
 * have work there), and the next chunk goes to the member with the most free slots, so a slow
 * chunk never holds back idle members. A member ranks the chunks that wait for its slots, of
 * every driver, by priority ({@link PoolBuilder#priority(int)}) and shares them fairly between
 * calls. A chunk whose member leaves or dies is sent to another member, and each chunk's result
 * is taken once: nothing is lost or counted twice. Members that join during a call get its work.
 * <p>
 * Members must have grid-pool and the application's classes on their classpath. Closing the pool
 * never shuts down the {@code HazelcastInstance}. Thread-safe.
 */
public final class GridPool extends EnginePool {

    /** The name of the executor that runs chunks on the members, unless the builder says otherwise. */
    public static final String DEFAULT_EXECUTOR = PoolDefaults.EXECUTOR_NAME;

    private static final AtomicInteger POOLS = new AtomicInteger();

    private GridPool(Builder builder) {
        super(Engine.grid(builder.hazelcast, builder.executorName,
                builder.options("gridpool-" + POOLS.incrementAndGet(), builder.maxAttempts, builder.memberWait)));
    }

    /**
     * Returns a pool with the default options on the cluster of {@code hazelcast}.
     *
     * @throws NullPointerException if {@code hazelcast} is {@code null}
     */
    public static GridPool on(HazelcastInstance hazelcast) {
        return builder(hazelcast).build();
    }

    /**
     * Returns a builder for a pool on the cluster of {@code hazelcast}.
     *
     * @throws NullPointerException if {@code hazelcast} is {@code null}
     */
    public static Builder builder(HazelcastInstance hazelcast) {
        return new Builder(Checks.notNull(hazelcast, "hazelcast"));
    }

    /**
     * Options of a {@link GridPool}: those of every pool, and the members' executor, the attempts
     * per chunk and the wait for members. Each setter checks its value at once and says what is
     * wrong. Not thread-safe; the pool it builds copies the options.
     */
    public static final class Builder extends PoolBuilder<Builder> {
        private final HazelcastInstance hazelcast;
        private String executorName = PoolDefaults.EXECUTOR_NAME;
        private int maxAttempts = PoolDefaults.MAX_ATTEMPTS;
        private Duration memberWait = PoolDefaults.MEMBER_WAIT;

        private Builder(HazelcastInstance hazelcast) {
            this.hazelcast = hazelcast;
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Sets the name of the members' executor that carries the chunks to the members' slots
         * (see {@link io.gridpool.member.MemberSlots}). The default is
         * {@value PoolDefaults#EXECUTOR_NAME}.
         *
         * @throws IllegalArgumentException if {@code executorName} is blank
         */
        public Builder executorName(String executorName) {
            this.executorName = Checks.notBlank(executorName, "executorName");
            return this;
        }

        /**
         * Sets how many times a chunk is sent before the call gives up on it because every member
         * that ran it was lost; the default is 3.
         *
         * @throws IllegalArgumentException if {@code maxAttempts < 1}
         */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = Checks.atLeastOne(maxAttempts, "maxAttempts");
            return this;
        }

        /**
         * Sets how long a call waits when no member can take chunks before it fails; the default
         * is 30 seconds.
         *
         * @throws IllegalArgumentException if {@code memberWait} is not positive
         */
        public Builder memberWait(Duration memberWait) {
            this.memberWait = Checks.positive(memberWait, "memberWait");
            return this;
        }

        /**
         * Builds the pool; it returns once the present members have said how many slots they have.
         *
         * @throws IllegalArgumentException if the initializer cannot be serialized
         */
        public GridPool build() {
            return new GridPool(this);
        }
    }
}
