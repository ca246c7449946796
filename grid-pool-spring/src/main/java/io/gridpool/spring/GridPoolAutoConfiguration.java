package io.gridpool.spring;

import io.gridpool.GridPool;
import io.gridpool.LocalPool;
import io.gridpool.Pool;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hazelcast.autoconfigure.HazelcastAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration of a {@link Pool} bean named {@value #POOL_BEAN}: a {@link GridPool} on the
 * application's {@code HazelcastInstance} (member or client) when it has one, otherwise a
 * {@link LocalPool}; {@code gridpool.mode} forces either. An application's own {@code Pool} bean
 * always wins. {@link GridPoolBuilderCustomizer} and {@link LocalPoolBuilderCustomizer} beans adjust
 * the builder, and {@link io.gridpool.PoolListener} beans are told about the pool's chunks. The
 * pool is closed, waiting for its calls, before the context shuts Hazelcast down.
 */
@AutoConfiguration(after = HazelcastAutoConfiguration.class)
@EnableConfigurationProperties(GridPoolProperties.class)
@Import({ GridPoolConfiguration.class, LocalPoolConfiguration.class, HazelcastShutdownConfiguration.class })
public final class GridPoolAutoConfiguration {

    /** The name of the auto-configured pool's bean, also its tag in metrics and its name in health. */
    public static final String POOL_BEAN = "gridPool";
}
