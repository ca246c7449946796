package io.gridpool.spring;

import com.hazelcast.client.impl.clientside.HazelcastClientProxy;
import com.hazelcast.core.HazelcastInstance;
import io.gridpool.GridPool;
import io.gridpool.Pool;
import io.gridpool.PoolState;
import io.gridpool.testing.EmbeddedCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hazelcast.autoconfigure.HazelcastAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The auto-configured pool of an application whose HazelcastInstance is a client (hazelcast-client.yaml). */
class GridPoolClientTests {

    private static EmbeddedCluster cluster;

    @TempDir
    static Path dir;

    private static ApplicationContextRunner runner;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = EmbeddedCluster.start(1, TestHazelcast.SLOTS);
        runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(HazelcastAutoConfiguration.class, GridPoolAutoConfiguration.class))
                .withPropertyValues("spring.hazelcast.config=" + TestHazelcast.clientConfig(dir, cluster.member(0)));
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @Test
    void client_gridPool() {
        runner.run(context -> {
            assertThat(context.getBean(HazelcastInstance.class)).isInstanceOf(HazelcastClientProxy.class);
            assertThat(context).hasSingleBean(GridPool.class).hasBean("gridPool");
            Pool pool = context.getBean(Pool.class);
            assertThat(pool.parallelism()).isEqualTo(TestHazelcast.SLOTS);
            assertThat(pool.map(x -> x * x, List.of(1, 2, 3))).containsExactly(1, 4, 9);
        });
    }

    @Test
    void contextClose_closesPoolAndShutsTheClientDown() {
        runner.run(context -> {
            GridPool pool = context.getBean(GridPool.class);
            HazelcastInstance client = context.getBean(HazelcastInstance.class);
            context.close();
            assertThat(pool.stats().state()).isEqualTo(PoolState.CLOSED);
            assertThat(client.getLifecycleService().isRunning()).isFalse();
            assertThat(cluster.member(0).getLifecycleService().isRunning()).isTrue();
        });
    }
}
