package io.gridpool.spring;

import com.hazelcast.core.HazelcastInstance;
import io.gridpool.GridPool;
import io.gridpool.Pool;
import io.gridpool.PoolListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * A {@link GridPool} on the application's {@code HazelcastInstance}. The pool depends on the
 * instance, so the context closes the pool (waiting for its calls) before it shuts the instance
 * down.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnMissingBean(Pool.class)
@ConditionalOnSingleCandidate(HazelcastInstance.class)
@Conditional(GridPoolConfiguration.NotLocalMode.class)
class GridPoolConfiguration {

    @Bean(name = GridPoolAutoConfiguration.POOL_BEAN, destroyMethod = "close")
    GridPool gridPool(HazelcastInstance hazelcast, GridPoolProperties properties,
                      ObjectProvider<PoolListener> listeners, ObjectProvider<GridPoolBuilderCustomizer> customizers) {
        GridPool.Builder builder = PoolBuilders.grid(hazelcast, properties, listeners);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    /** Any mode but {@code gridpool.mode=local}. */
    static final class NotLocalMode extends NoneNestedConditions {

        NotLocalMode() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnProperty(name = "gridpool.mode", havingValue = "local")
        static final class LocalMode {
        }
    }
}
