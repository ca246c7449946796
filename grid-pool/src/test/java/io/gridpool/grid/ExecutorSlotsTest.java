package io.gridpool.grid;

import com.hazelcast.config.Config;
import com.hazelcast.config.ExecutorConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.gridpool.GridPool;
import io.gridpool.Pool;
import io.gridpool.member.MemberSlots;
import io.gridpool.testing.Ports;
import io.gridpool.testing.TestConfigs;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member's slots: its {@code gridpool.slots} property; else its executor's pool size when its
 * config sets one, by name or wildcard; else its processors, not Hazelcast's default of 16
 * threads, which CPU-bound chunks would oversubscribe.
 */
class ExecutorSlotsTest {

    @Test
    void slotsProperty_slotsAreItsValue() {
        assertSlots(config -> MemberSlots.configure(config, 3), 3);
    }

    @Test
    void executorNotConfigured_slotsAreTheMembersProcessors() {
        assertSlots(config -> config.getExecutorConfigs().remove(GridPool.DEFAULT_EXECUTOR),
                Runtime.getRuntime().availableProcessors());
    }

    @Test
    void executorConfiguredByName_slotsAreItsPoolSize() {
        assertSlots(config -> config.addExecutorConfig(new ExecutorConfig(GridPool.DEFAULT_EXECUTOR).setPoolSize(7)), 7);
    }

    @Test
    void executorConfiguredByWildcard_slotsAreItsPoolSize() {
        assertSlots(config -> {
            config.getExecutorConfigs().remove(GridPool.DEFAULT_EXECUTOR);
            config.addExecutorConfig(new ExecutorConfig("grid*").setPoolSize(5));
        }, 5);
    }

    private static void assertSlots(Consumer<Config> executor, int slots) {
        int port = Ports.free(1).get(0);
        Config config = TestConfigs.member(TestConfigs.clusterName(), port, List.of(port), 2);
        config.getProperties().remove(MemberSlots.PROPERTY);
        executor.accept(config);
        HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
        try (Pool pool = GridPool.on(member)) {
            assertThat(pool.parallelism()).isEqualTo(slots);
            assertThat(pool.map(x -> x + 1, List.of(1, 2, 3))).containsExactly(2, 3, 4);
        } finally {
            member.getLifecycleService().terminate();
        }
    }
}
