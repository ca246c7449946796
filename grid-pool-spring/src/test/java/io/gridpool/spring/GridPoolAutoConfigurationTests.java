package io.gridpool.spring;

import com.hazelcast.core.HazelcastInstance;
import io.gridpool.LocalPool;
import io.gridpool.Pool;
import io.gridpool.PoolListener;
import io.gridpool.PoolState;
import io.gridpool.PoolTaskException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.hazelcast.autoconfigure.HazelcastAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

/** The auto-configured pool of an application without Hazelcast: a LocalPool. */
class GridPoolAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HazelcastAutoConfiguration.class, GridPoolAutoConfiguration.class));

    @Test
    void noHazelcast_localPool() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(LocalPool.class).hasBean("gridPool");
            Pool pool = context.getBean(Pool.class);
            assertThat(pool.parallelism()).isEqualTo(Runtime.getRuntime().availableProcessors());
            assertThat(pool.map(x -> x * 2, List.of(1, 2, 3))).containsExactly(2, 4, 6);
        });
    }

    @Test
    void properties_bound() {
        runner.withPropertyValues("gridpool.local.threads=3", "gridpool.local.serializing=true",
                "gridpool.chunk-size=7", "gridpool.in-flight-per-slot=4").run(context -> {
            GridPoolProperties properties = context.getBean(GridPoolProperties.class);
            assertThat(properties.getChunkSize()).isEqualTo(7);
            assertThat(properties.getInFlightPerSlot()).isEqualTo(4);
            Pool pool = context.getBean(Pool.class);
            assertThat(pool.parallelism()).isEqualTo(3);
            // serializing: a result that cannot travel fails here as on a grid
            assertThatThrownBy(() -> pool.apply(Object::new)).isInstanceOf(PoolTaskException.class)
                    .hasMessageContaining("java.lang.Object");
        });
    }

    @Test
    void gridMode_withoutHazelcast_failsNamingTheConfig() {
        runner.withPropertyValues("gridpool.mode=grid").run(context -> assertThat(context).getFailure()
                .rootCause().isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gridpool.mode=grid needs a HazelcastInstance")
                .hasMessageContaining("hazelcast.yaml").hasMessageContaining("hazelcast-client.yaml")
                .hasMessageContaining("spring.hazelcast.config"));
    }

    @Test
    void gridMode_twoHazelcastInstances_failsAskingForAPrimary() {
        runner.withPropertyValues("gridpool.mode=grid")
                .withBean("one", HazelcastInstance.class, () -> mock(HazelcastInstance.class))
                .withBean("two", HazelcastInstance.class, () -> mock(HazelcastInstance.class))
                .run(context -> {
                    FailureAnalysis analysis = new NoHazelcastFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("single HazelcastInstance bean")
                            .contains("2 (one, two)");
                    assertThat(analysis.getAction()).contains("@Primary");
                });
    }

    @Test
    void chunkSize_zero_failsNamingTheProperty() {
        runner.withPropertyValues("gridpool.chunk-size=0").run(context -> assertThat(context).getFailure()
                .rootCause().isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("gridpool.chunk-size").hasMessageContaining("must be at least 1"));
    }

    @Test
    void mode_unknown_failsNamingTheProperty() {
        runner.withPropertyValues("gridpool.mode=cluster").run(context -> assertThat(context).getFailure()
                .hasStackTraceContaining("Failed to bind properties under 'gridpool.mode'"));
    }

    @Test
    void userPool_wins() {
        runner.withUserConfiguration(UserPool.class).run(context -> {
            assertThat(context).hasSingleBean(Pool.class).hasBean("myPool").doesNotHaveBean("gridPool");
            assertThat(context.getBean(Pool.class).parallelism()).isEqualTo(1);
        });
    }

    @Test
    void customizers_appliedInOrderAfterProperties() {
        runner.withPropertyValues("gridpool.local.threads=5").withUserConfiguration(Customizers.class)
                .run(context -> assertThat(context.getBean(Pool.class).parallelism()).isEqualTo(2));
    }

    @Test
    void listenerBeans_toldAboutChunks() {
        runner.withUserConfiguration(Listeners.class).run(context -> {
            context.getBean(Pool.class).map(x -> x, IntStream.range(0, 100).boxed().toList(), 10);
            assertThat(context.getBean(Listeners.class).completed).hasValue(20);
        });
    }

    @Test
    void contextClose_closesPool() {
        runner.run(context -> {
            LocalPool pool = context.getBean(LocalPool.class);
            context.close();
            assertThat(pool.stats().state()).isEqualTo(PoolState.CLOSED);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class UserPool {

        @Bean
        Pool myPool() {
            return new LocalPool(1);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Customizers {

        @Bean
        @Order(2)
        LocalPoolBuilderCustomizer second() {
            return builder -> builder.threads(2);
        }

        @Bean
        @Order(1)
        LocalPoolBuilderCustomizer first() {
            return builder -> builder.threads(4);
        }
    }

    /** Two listener beans: the pool tells both. */
    @Configuration(proxyBeanMethods = false)
    static class Listeners {

        final AtomicInteger completed = new AtomicInteger();

        @Bean
        PoolListener one() {
            return new PoolListener() {
                @Override
                public void chunkCompleted(String worker, long nanos) {
                    completed.incrementAndGet();
                }
            };
        }

        @Bean
        PoolListener two() {
            return one();
        }
    }
}
