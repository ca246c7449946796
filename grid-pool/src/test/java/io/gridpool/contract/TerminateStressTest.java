package io.gridpool.contract;

import com.hazelcast.core.HazelcastInstance;
import io.gridpool.GridPool;
import io.gridpool.Pool;
import io.gridpool.PoolBuilder;
import io.gridpool.testing.EmbeddedCluster;
import io.gridpool.testing.ProcessCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * {@code terminate()} then {@code join()} returns within five seconds, always: the lifecycle's
 * cases that terminate a pool while work runs, each on a fresh pool, round after round, on a
 * client of member processes and on an embedded grid. Every join after terminate is timed. The
 * rounds are {@code -Dgridpool.stress.rounds} (5 in the suite; the stress profile runs 200).
 */
class TerminateStressTest {

    private static final int ROUNDS = Integer.getInteger("gridpool.stress.rounds", 5);
    private static final Duration JOIN_BOUND = Duration.ofSeconds(5);

    private static ProcessCluster processes;
    private static HazelcastInstance client;
    private static EmbeddedCluster embedded;

    /** A case of the lifecycle contract, run against the pool of one round. */
    private interface Case {
        void run(LifecycleContract round) throws Exception;
    }

    private static final List<Case> CASES = List.of(
            LifecycleContract::terminate_wakesCallersBlockedInMapApplyAndIterators,
            LifecycleContract::terminate_wakesACallerWhileItsInputIsBeingRead,
            LifecycleContract::terminate_stopsRunningAndQueuedWork_theWorkersAreFreeForTheNextPool,
            LifecycleContract::mapAsync_cancel_cancelsTheCall,
            LifecycleContract::terminate_withTenThousandSlowTasksQueued_returnsWithinASecond);

    @BeforeAll
    static void startGrids() {
        processes = ProcessCluster.start(2, 2, PoolUnderTest.SLOTS / 2);
        client = processes.client(2);
        embedded = EmbeddedCluster.start(2, PoolUnderTest.SLOTS / 2);
    }

    @AfterAll
    static void stopGrids() {
        if (processes != null) {
            processes.close();
        }
        if (embedded != null) {
            embedded.close();
        }
    }

    @Test
    void clientOfMemberProcesses_everyJoinAfterTerminateWithinFiveSeconds() throws Exception {
        stress("client of member processes", options -> configured(GridPool.builder(client), options));
    }

    @Test
    void embeddedGrid_everyJoinAfterTerminateWithinFiveSeconds() throws Exception {
        stress("embedded grid", options -> configured(GridPool.builder(embedded.member(0)), options));
    }

    private static Pool configured(GridPool.Builder builder, Consumer<PoolBuilder<?>> options) {
        options.accept(builder);
        return builder.build();
    }

    private static void stress(String grid, Function<Consumer<PoolBuilder<?>>, Pool> pools) throws Exception {
        List<Long> joinMillis = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Case c : CASES) {
                Round pool = new Round(pools);
                try {
                    c.run(pool);
                } finally {
                    joinMillis.add(pool.terminateAndJoin());
                }
            }
        }
        Collections.sort(joinMillis);
        System.out.printf("%s: %d joins after terminate, median %d ms, max %d ms%n", grid, joinMillis.size(),
                joinMillis.get(joinMillis.size() / 2), joinMillis.get(joinMillis.size() - 1));
        assertThat(joinMillis.get(joinMillis.size() - 1)).isLessThan(JOIN_BOUND.toMillis());
    }

    /** The fresh pool and marks of one case in one round. */
    private static final class Round implements LifecycleContract {
        private final Function<Consumer<PoolBuilder<?>>, Pool> pools;
        private final Pool pool;
        private final Marks marks = Marks.create();

        Round(Function<Consumer<PoolBuilder<?>>, Pool> pools) {
            this.pools = pools;
            this.pool = newPool();
        }

        /** Terminates the pool and returns how long its join took; fails if it took over the bound. */
        long terminateAndJoin() {
            try {
                pool.terminate();
                long start = System.nanoTime();
                assertTimeoutPreemptively(JOIN_BOUND, pool::join, "a terminated pool joins within five seconds");
                return Duration.ofNanos(System.nanoTime() - start).toMillis();
            } finally {
                marks.delete();
            }
        }

        @Override
        public Pool pool() {
            return pool;
        }

        @Override
        public Pool newPool() {
            return newPool(options -> {
            });
        }

        @Override
        public Pool newPool(Consumer<PoolBuilder<?>> options) {
            return pools.apply(options);
        }

        @Override
        public boolean serializes() {
            return true;
        }

        @Override
        public boolean runsOnMembers() {
            return true;
        }

        @Override
        public Marks marks() {
            return marks;
        }
    }
}
