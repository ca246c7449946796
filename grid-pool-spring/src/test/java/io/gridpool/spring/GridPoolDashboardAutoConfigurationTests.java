package io.gridpool.spring;

import io.gridpool.LocalPool;
import io.gridpool.Pool;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hazelcast.autoconfigure.HazelcastAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.web.servlet.function.RouterFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** The live page's routes: only in a servlet web application that turns the page on, and on a valid path. */
class GridPoolDashboardAutoConfigurationTests {

    private static final AutoConfigurations CONFIGURATIONS = AutoConfigurations.of(HazelcastAutoConfiguration.class,
            GridPoolAutoConfiguration.class, GridPoolDashboardAutoConfiguration.class);

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(CONFIGURATIONS);

    @Test
    void enabled_routes() {
        runner.withPropertyValues("gridpool.dashboard.enabled=true")
                .run(context -> assertThat(context).hasBean(GridPoolDashboardAutoConfiguration.ROUTES_BEAN));
    }

    @Test
    void byDefault_noRoutes() {
        runner.run(context -> assertThat(context).hasSingleBean(Pool.class).doesNotHaveBean(RouterFunction.class));
    }

    @Test
    void notAWebApplication_noRoutes() {
        new ApplicationContextRunner().withConfiguration(CONFIGURATIONS)
                .withPropertyValues("gridpool.dashboard.enabled=true")
                .run(context -> assertThat(context).doesNotHaveBean(RouterFunction.class));
    }

    @Test
    void withoutSpringMvc_noRoutes() {
        runner.withClassLoader(new FilteredClassLoader(RouterFunction.class))
                .withPropertyValues("gridpool.dashboard.enabled=true")
                .run(context -> assertThat(context).hasSingleBean(Pool.class)
                        .doesNotHaveBean(GridPoolDashboardAutoConfiguration.ROUTES_BEAN));
    }

    @Test
    void userPool_routesOnIt() {
        runner.withBean("myPool", Pool.class, () -> new LocalPool(1)).withPropertyValues("gridpool.dashboard.enabled=true")
                .run(context -> assertThat(context).hasBean(GridPoolDashboardAutoConfiguration.ROUTES_BEAN));
    }

    @Test
    void userRoutesOfTheSameName_win() {
        RouterFunction<?> own = request -> java.util.Optional.empty();
        runner.withBean(GridPoolDashboardAutoConfiguration.ROUTES_BEAN, RouterFunction.class, () -> own)
                .withPropertyValues("gridpool.dashboard.enabled=true")
                .run(context -> assertThat(context.getBean(GridPoolDashboardAutoConfiguration.ROUTES_BEAN)).isSameAs(own));
    }

    @Test
    void pathWithTrailingSlash_failsNamingTheProperty() {
        runner.withPropertyValues("gridpool.dashboard.enabled=true", "gridpool.dashboard.path=/grid/")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("gridpool.dashboard.path").hasMessageContaining("/grid/")
                        .hasMessageContaining("without a trailing /"));
    }

    @Test
    void pathWithoutLeadingSlash_fails() {
        runner.withPropertyValues("gridpool.dashboard.enabled=true", "gridpool.dashboard.path=gridpool")
                .run(context -> assertThat(context).hasFailed());
    }
}
