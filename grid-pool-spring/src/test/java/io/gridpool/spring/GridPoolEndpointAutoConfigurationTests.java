package io.gridpool.spring;

import io.gridpool.LocalPool;
import io.gridpool.Pool;
import io.gridpool.PoolSnapshot;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hazelcast.autoconfigure.HazelcastAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The gridpool endpoint: there when Actuator is and the endpoint is available, on the application's one pool. */
class GridPoolEndpointAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HazelcastAutoConfiguration.class, GridPoolAutoConfiguration.class,
                    GridPoolEndpointAutoConfiguration.class));

    @Test
    void exposed_endpointOnThePool() {
        runner.withPropertyValues("management.endpoints.web.exposure.include=gridpool").run(context -> {
            assertThat(context).hasSingleBean(GridPoolEndpoint.class);
            context.getBean(Pool.class).map(x -> x + 1, List.of(1, 2, 3), 1);
            PoolSnapshot snapshot = context.getBean(GridPoolEndpoint.class).snapshot().getSnapshot();
            assertThat(snapshot.workers()).singleElement().extracting(PoolSnapshot.Worker::name).isEqualTo("this JVM");
            assertThat(snapshot.chunks()).hasSize(3).allMatch(chunk -> chunk.outcome() == PoolSnapshot.Outcome.DONE);
        });
    }

    @Test
    void exposedOverJmx_endpoint() {
        runner.withPropertyValues("spring.jmx.enabled=true", "management.endpoints.jmx.exposure.include=gridpool")
                .run(context -> assertThat(context).hasSingleBean(GridPoolEndpoint.class));
    }

    @Test
    void notExposed_noEndpoint() {
        runner.run(context -> assertThat(context).doesNotHaveBean(GridPoolEndpoint.class));
    }

    @Test
    void accessNone_noEndpoint() {
        runner.withPropertyValues("management.endpoints.web.exposure.include=gridpool",
                "management.endpoint.gridpool.access=NONE")
                .run(context -> assertThat(context).doesNotHaveBean(GridPoolEndpoint.class));
    }

    @Test
    void withoutActuator_noEndpoint() {
        runner.withClassLoader(new FilteredClassLoader(ConditionalOnAvailableEndpoint.class))
                .withPropertyValues("management.endpoints.web.exposure.include=gridpool")
                .run(context -> assertThat(context).hasSingleBean(Pool.class).doesNotHaveBean(GridPoolEndpoint.class));
    }

    @Test
    void userPool_endpointOnIt() {
        runner.withBean("myPool", Pool.class, () -> new LocalPool(3))
                .withPropertyValues("management.endpoints.web.exposure.include=gridpool")
                .run(context -> assertThat(context.getBean(GridPoolEndpoint.class).snapshot().getSnapshot()
                        .stats().slots()).isEqualTo(3));
    }

    @Test
    void twoPools_noEndpoint() {
        runner.withBean("first", Pool.class, () -> new LocalPool(1)).withBean("second", Pool.class, () -> new LocalPool(1))
                .withPropertyValues("management.endpoints.web.exposure.include=gridpool")
                .run(context -> assertThat(context).doesNotHaveBean(GridPoolEndpoint.class));
    }
}
