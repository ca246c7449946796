package io.gridpool.spring;

import io.gridpool.Pool;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@link PoolMeters} of the auto-configured pool, tagged
 * {@code pool=gridPool}. Ordered before {@link GridPoolAutoConfiguration}, so that it sees only an
 * application's own {@link Pool} bean, which gets no meters from here.
 */
@AutoConfiguration(before = GridPoolAutoConfiguration.class, after = { MetricsAutoConfiguration.class,
        CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnMissingBean(Pool.class)
public final class GridPoolMetricsAutoConfiguration {

    /** Counts and times the pool's chunks: the pool is built with every {@code PoolListener} bean. */
    @Bean
    PoolMeters gridPoolMeters(MeterRegistry registry) {
        return new PoolMeters(registry, GridPoolAutoConfiguration.POOL_BEAN);
    }

    /** Boot binds meter binders once every singleton, the pool included, exists. */
    @Bean
    MeterBinder gridPoolInFlightMeterBinder(ObjectProvider<Pool> pool) {
        return registry -> PoolMeters.bindInFlight(registry, GridPoolAutoConfiguration.POOL_BEAN, pool.getObject());
    }
}
