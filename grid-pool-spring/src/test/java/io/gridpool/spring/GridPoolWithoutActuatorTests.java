package io.gridpool.spring;

import io.gridpool.LocalPool;
import io.gridpool.Pool;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hazelcast.autoconfigure.HazelcastAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An application without Actuator's health and without Micrometer still gets its pool, and nothing else. */
class GridPoolWithoutActuatorTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withClassLoader(new FilteredClassLoader(MeterRegistry.class, ConditionalOnEnabledHealthIndicator.class))
            .withConfiguration(AutoConfigurations.of(HazelcastAutoConfiguration.class, GridPoolAutoConfiguration.class,
                    GridPoolHealthContributorAutoConfiguration.class, GridPoolMetricsAutoConfiguration.class));

    @Test
    void pool_withoutHealthOrMeters() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(LocalPool.class);
            assertThat(context).doesNotHaveBean("gridPoolHealthContributor").doesNotHaveBean("gridPoolMeters");
            assertThat(context.getBean(Pool.class).map(x -> x + 1, List.of(1))).containsExactly(2);
        });
    }
}
