package io.gridpool.spring;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** An application with Actuator over HTTP that exposes neither the gridpool endpoint nor the page: both are 404. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.main.banner-mode=off")
class GridPoolEndpointNotExposedTests {

    @LocalServerPort
    private int port;

    @Test
    void notExposed_404() {
        assertThat(Http.get(port, "/actuator/health").statusCode()).isEqualTo(200);
        assertThat(Http.get(port, "/actuator/gridpool").statusCode()).isEqualTo(404);
    }

    @Test
    void dashboardByDefault_off404() {
        assertThat(Http.get(port, "/gridpool").statusCode()).isEqualTo(404);
        assertThat(Http.get(port, "/gridpool/").statusCode()).isEqualTo(404);
        assertThat(Http.get(port, "/gridpool/snapshot").statusCode()).isEqualTo(404);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {
    }
}
