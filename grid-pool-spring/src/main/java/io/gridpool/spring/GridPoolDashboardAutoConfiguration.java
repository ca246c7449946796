package io.gridpool.spring;

import io.gridpool.Pool;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Auto-configuration of the pool's live page at {@code gridpool.dashboard.path} ({@code /gridpool}):
 * its members, calls, task stream and throughput, from the JSON it polls under the same path.
 * Off unless {@code gridpool.dashboard.enabled=true}, in a Spring MVC application with one
 * {@link Pool}; it needs neither Actuator nor the {@code gridpool} endpoint.
 */
@AutoConfiguration(after = GridPoolAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ RouterFunction.class, JsonMapper.class })
@ConditionalOnBooleanProperty("gridpool.dashboard.enabled")
@ConditionalOnSingleCandidate(Pool.class)
@EnableConfigurationProperties(GridPoolProperties.class)
public final class GridPoolDashboardAutoConfiguration {

    /** The name of the bean of the page's routes. */
    public static final String ROUTES_BEAN = "gridPoolDashboardRoutes";

    @Bean(ROUTES_BEAN)
    @ConditionalOnMissingBean(name = ROUTES_BEAN)
    RouterFunction<ServerResponse> gridPoolDashboardRoutes(Pool pool, GridPoolProperties properties) {
        return DashboardRoutes.of(properties.getDashboard().getPath(), pool);
    }
}
