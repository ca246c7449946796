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
            throw new IllegalStateException(noHazelcast(beanFactory.getBeanNamesForType(HazelcastInstance.class)));
        }
        LocalPool.Builder builder = PoolBuilders.local(properties, listeners);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    private static String noHazelcast(String[] instances) {
        if (instances.length > 1) {
            return "gridpool.mode=grid needs a single HazelcastInstance bean, but there are " + instances.length
                    + " (" + String.join(", ", instances) + ") and none is @Primary";
        }
        return "gridpool.mode=grid needs a HazelcastInstance, but the application has no Hazelcast configuration: "
                + "no member config (hazelcast.yaml, .yml or .xml in the working directory or on the classpath), "
                + "no client config (hazelcast-client.yaml, .yml or .xml, likewise), no spring.hazelcast.config "
                + "naming either, and no Config, ClientConfig or HazelcastInstance bean. Add one of them, "
                + "or set gridpool.mode to auto or local";
    }
}
