package io.gridpool.spring;

import io.gridpool.Pool;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@link GridPoolEndpoint gridpool} Actuator endpoint, when Actuator is on
 * the classpath and the endpoint is available: its access allowed and the endpoint exposed
 * ({@code management.endpoints.web.exposure.include=gridpool} for {@code /actuator/gridpool}).
 */
@AutoConfiguration(after = GridPoolAutoConfiguration.class)
@ConditionalOnClass(ConditionalOnAvailableEndpoint.class)
@ConditionalOnAvailableEndpoint(GridPoolEndpoint.class)
public final class GridPoolEndpointAutoConfiguration {

    @Bean
    @ConditionalOnSingleCandidate(Pool.class)
    @ConditionalOnMissingBean
    GridPoolEndpoint gridPoolEndpoint(Pool pool) {
        return new GridPoolEndpoint(pool);
    }
}
