package io.gridpool.spring;

import io.gridpool.GridPool;
import io.gridpool.LocalPool;
import io.gridpool.Pool;
import io.gridpool.PoolState;
import io.gridpool.PoolStats;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hazelcast.autoconfigure.HazelcastAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The gridPool health contributor: up while the pool is open and has workers, down otherwise. */
class GridPoolHealthTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HazelcastAutoConfiguration.class, GridPoolAutoConfiguration.class,
                    GridPoolHealthContributorAutoConfiguration.class));

    @Test
    void localPool_up() {
        runner.withPropertyValues("gridpool.local.threads=2").run(context -> {
            Health health = health(context);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("slots", 2).containsEntry("chunksInFlight", 0)
                    .containsEntry("state", "open").doesNotContainKey("members");
        });
    }

    @Test
    void closedPool_down() {
        runner.run(context -> {
            context.getBean(Pool.class).close();
            assertThat(health(context).getStatus()).isEqualTo(Status.DOWN);
        });
    }

    @Test
    void member_up() {
        runner.withUserConfiguration(TestHazelcast.MemberApplication.class).run(context -> {
            Health health = health(context);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("members", 1).containsEntry("slots", TestHazelcast.SLOTS);
        });
    }

    /**
     * A grid pool without members: its cluster's members cannot take chunks. A real one is hard to
     * come by in one JVM (a client whose cluster is gone still lists its last members), so the
     * pool's stats are made up.
     */
    @Test
    void gridPoolWithoutMembers_down() {
        GridPool pool = mock(GridPool.class);
        when(pool.stats()).thenReturn(new PoolStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, PoolState.OPEN));
        runner.withBean("myPool", GridPool.class, () -> pool).run(context -> {
            Health health = health(context);
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("members", 0).containsEntry("slots", 0);
        });
    }

    @Test
    void userPool_judgedBySlots() {
        runner.withBean("myPool", Pool.class, () -> new LocalPool(3)).run(context -> {
            assertThat(context).hasBean("gridPoolHealthContributor");
            assertThat(health(context).getDetails()).containsEntry("slots", 3);
        });
    }

    @Test
    void disabledByProperty() {
        runner.withPropertyValues("management.health.gridpool.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("gridPoolHealthContributor"));
    }

    private static Health health(ApplicationContext context) {
        return context.getBean("gridPoolHealthContributor", HealthIndicator.class).health();
    }
}
