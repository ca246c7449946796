package io.gridpool.spring;

import io.gridpool.Pool;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.CompositeHealthContributorConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code gridPool} health contributor: a {@link GridPoolHealthIndicator}
 * for the application's {@link Pool} bean, or one per bean, by name, when there are several.
 * Turned off by {@code management.health.gridpool.enabled=false}.
 */
@AutoConfiguration(after = GridPoolAutoConfiguration.class)
@ConditionalOnClass(ConditionalOnEnabledHealthIndicator.class)
@ConditionalOnBean(Pool.class)
@ConditionalOnEnabledHealthIndicator("gridpool")
public final class GridPoolHealthContributorAutoConfiguration
        extends CompositeHealthContributorConfiguration<GridPoolHealthIndicator, Pool> {

    GridPoolHealthContributorAutoConfiguration() {
        super(GridPoolHealthIndicator::new);
    }

    @Bean
    @ConditionalOnMissingBean(name = { "gridPoolHealthIndicator", "gridPoolHealthContributor" })
    HealthContributor gridPoolHealthContributor(ConfigurableListableBeanFactory beanFactory) {
        return createContributor(beanFactory, Pool.class);
    }
}
