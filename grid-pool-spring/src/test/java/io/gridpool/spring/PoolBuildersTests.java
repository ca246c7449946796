package io.gridpool.spring;

import com.hazelcast.core.HazelcastInstance;
import io.gridpool.GridPool;
import io.gridpool.PoolListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

import java.time.Duration;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

/** Every option a builder refuses names its property; the builders check the values before any pool exists. */
class PoolBuildersTests {

    private final HazelcastInstance hazelcast = mock(HazelcastInstance.class);
    private final ObjectProvider<PoolListener> noListeners = mock();

    @Test
    void executorName_defaultIsGridPools() {
        assertThat(new GridPoolProperties().getExecutorName()).isEqualTo(GridPool.DEFAULT_EXECUTOR);
    }

    @Test
    void executorName_blank() {
        refusedByGrid(p -> p.setExecutorName(" "), "gridpool.executor-name", "cannot be blank");
    }

    @Test
    void inFlightPerSlot_zero() {
        refusedByGrid(p -> p.setInFlightPerSlot(0), "gridpool.in-flight-per-slot", "must be at least 1");
    }

    @Test
    void maxAttempts_zero() {
        refusedByGrid(p -> p.setMaxAttempts(0), "gridpool.max-attempts", "must be at least 1");
    }

    @Test
    void memberWait_negative() {
        refusedByGrid(p -> p.setMemberWait(Duration.ofSeconds(-1)), "gridpool.member-wait", "must be positive");
    }

    @Test
    void priority_outOfRange() {
        refusedByGrid(p -> p.setPriority(101), "gridpool.priority", "must be from -100 to 100, was 101");
    }

    @Test
    void localThreads_zero() {
        GridPoolProperties properties = new GridPoolProperties();
        properties.getLocal().setThreads(0);
        assertThatThrownBy(() -> PoolBuilders.local(properties, noListeners))
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("gridpool.local.threads").hasMessageContaining("must be at least 1");
    }

    private void refusedByGrid(Consumer<GridPoolProperties> setting, String property, String reason) {
        GridPoolProperties properties = new GridPoolProperties();
        setting.accept(properties);
        assertThatThrownBy(() -> PoolBuilders.grid(hazelcast, properties, noListeners))
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining(property).hasMessageContaining(reason);
    }
}
