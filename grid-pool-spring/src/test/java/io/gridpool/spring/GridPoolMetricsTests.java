package io.gridpool.spring;

import io.gridpool.LocalPool;
import io.gridpool.Pool;
import io.gridpool.PoolTaskException;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hazelcast.autoconfigure.HazelcastAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Micrometer meters of the auto-configured pool, tagged pool=gridPool. */
class GridPoolMetricsTests {

    private static final List<Integer> HUNDRED = IntStream.range(0, 100).boxed().toList();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
                    CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
                    HazelcastAutoConfiguration.class, GridPoolAutoConfiguration.class,
                    GridPoolMetricsAutoConfiguration.class));

    @Test
    void localMap_counted() {
        runner.run(context -> {
            context.getBean(Pool.class).map(x -> x, HUNDRED, 10);
            assertChunks(context, 10, 10);
        });
    }

    @Test
    void memberMap_counted() {
        runner.withUserConfiguration(TestHazelcast.MemberApplication.class).run(context -> {
            context.getBean(Pool.class).map(x -> x, HUNDRED, 10);
            assertChunks(context, 10, 10);
        });
    }

    @Test
    void failedChunk_counted() {
        runner.withPropertyValues("gridpool.local.threads=1").run(context -> {
            assertThatThrownBy(() -> context.getBean(Pool.class).map(x -> 10 / x, List.of(0), 1))
                    .isInstanceOf(PoolTaskException.class);
            assertThat(counter(context, "failed")).isEqualTo(1);
            assertThat(counter(context, "completed")).isZero();
            assertThat(counter(context, "retried")).isZero();
        });
    }

    @Test
    void inFlight_gaugedWhileACallRuns() {
        runner.withPropertyValues("gridpool.local.threads=1", "gridpool.in-flight-per-slot=1").run(context -> {
            Gate.reset();
            CompletableFuture<List<Integer>> call = context.getBean(Pool.class).mapAsync(Gate::pass, List.of(1, 2), 1);
            Gate.awaitEntered();
            assertThat(inFlight(context)).isEqualTo(1);
            Gate.open();
            assertThat(call).succeedsWithin(Gate.WAIT);
            await().atMost(Gate.WAIT).until(() -> inFlight(context) == 0);
        });
    }

    @Test
    void userPool_noMeters() {
        runner.withBean("myPool", Pool.class, () -> new LocalPool(1)).run(context -> {
            assertThat(context).doesNotHaveBean(PoolMeters.class);
            assertThat(context.getBean(MeterRegistry.class).find("gridpool.chunks.submitted").meters()).isEmpty();
        });
    }

    private static void assertChunks(ApplicationContext context, int submitted, int completed) {
        assertThat(counter(context, "submitted")).isEqualTo(submitted);
        assertThat(counter(context, "completed")).isEqualTo(completed);
        assertThat(counter(context, "failed")).isZero();
        assertThat(registry(context).get("gridpool.chunk.duration").tag("pool", "gridPool").timer().count())
                .isEqualTo(completed);
        assertThat(inFlight(context)).isZero();
    }

    private static double counter(ApplicationContext context, String outcome) {
        return registry(context).get("gridpool.chunks." + outcome).tag("pool", "gridPool").counter().count();
    }

    private static double inFlight(ApplicationContext context) {
        return registry(context).get(PoolMeters.IN_FLIGHT).tag("pool", "gridPool").gauge().value();
    }

    private static MeterRegistry registry(ApplicationContext context) {
        return context.getBean(MeterRegistry.class);
    }
}
