package io.gridpool.spring;

import io.gridpool.GridPool;
import io.gridpool.Pool;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole application on an embedded member: the starter's pool runs a real map, and its meters and health tell. */
@SpringBootTest(properties = { "gridpool.chunk-size=25", "spring.main.banner-mode=off" })
class GridPoolApplicationTests {

    @Autowired
    private Pool pool;

    @Autowired
    private MeterRegistry registry;

    @Autowired
    private HealthContributorRegistry health;

    @Test
    void map_onEmbeddedMember_metersAndHealth() {
        List<Integer> squares = pool.map(x -> x * x, IntStream.range(0, 100).boxed().toList());
        assertThat(pool).isInstanceOf(GridPool.class);
        assertThat(squares).hasSize(100).endsWith(99 * 99);
        assertThat(registry.get("gridpool.chunks.submitted").tag("pool", "gridPool").counter().count()).isEqualTo(4);
        assertThat(registry.get("gridpool.chunks.completed").tag("pool", "gridPool").counter().count()).isEqualTo(4);
        assertThat(registry.get("gridpool.chunk.duration").tag("pool", "gridPool").timer().count()).isEqualTo(4);
        assertThat(registry.get(PoolMeters.IN_FLIGHT).tag("pool", "gridPool").gauge().value()).isZero();
        HealthIndicator gridPool = (HealthIndicator) health.getContributor("gridPool");
        assertThat(gridPool.health().getStatus()).isEqualTo(Status.UP);
        assertThat(gridPool.health().getDetails()).containsEntry("members", 1);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(TestHazelcast.MemberApplication.class)
    static class Application {
    }
}
