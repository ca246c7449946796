package io.gridpool.spring;

import com.hazelcast.core.HazelcastInstance;
import io.gridpool.LocalPool;
import io.gridpool.Pool;
import io.gridpool.PoolListener;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A {@link LocalPool}, when no grid pool was configured: the application has no single
 * {@code HazelcastInstance}, or {@code gridpool.mode=local}. With {@code gridpool.mode=grid} the
 * start-up fails instead, saying which Hazelcast configuration is missing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnMissingBean(Pool.class)
class LocalPoolConfiguration {

    @Bean(name = GridPoolAutoConfiguration.POOL_BEAN, destroyMethod = "close")
    LocalPool gridPool(GridPoolProperties properties, ListableBeanFactory beanFactory,
                       ObjectProvider<PoolListener> listeners, ObjectProvider<LocalPoolBuilderCustomizer> customizers) {
        if (properties.getMode() == GridPoolProperties.Mode.GRID) {
            throw NoHazelcastException.of(beanFactory.getBeanNamesForType(HazelcastInstance.class));
        }
        LocalPool.Builder builder = PoolBuilders.local(properties, listeners);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }
}
