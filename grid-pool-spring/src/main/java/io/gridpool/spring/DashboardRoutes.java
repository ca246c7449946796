package io.gridpool.spring;

import io.gridpool.Pool;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import java.net.URI;

/**
 * The live page's routes under its path: {@code <path>/} the page (and {@code <path>} a redirect
 * there, so that the page's relative links resolve under the path), its script, style sheet and
 * icon, and {@code <path>/snapshot} the JSON it polls. GET only: the page reads and never acts.
 * Its files may load nothing but each other, whatever they are sent.
 */
final class DashboardRoutes {

    static final String DEFAULT_PATH = "/gridpool";

    /** Where the page's files lie in the jar. */
    static final String FILES = "io/gridpool/spring/dashboard/";

    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private DashboardRoutes() {
    }

    static RouterFunction<ServerResponse> of(String path, Pool pool) {
        check(path);
        Resource page = new ClassPathResource(FILES + "index.html");
        URI underPath = URI.create(path.substring(path.lastIndexOf('/') + 1) + "/");
        SnapshotJson snapshot = new SnapshotJson(pool);
        return RouterFunctions.route()
                .GET(path, request -> ServerResponse.temporaryRedirect(underPath).build())
                .GET(path + "/", request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML)
                        .headers(DashboardRoutes::secure).body(page))
                .GET(path + "/snapshot", snapshot::respond)
                .resources(path + "/**", new ClassPathResource(FILES), (file, headers) -> secure(headers))
                .build();
    }

    private static void secure(HttpHeaders headers) {
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
    }

    private static void check(String path) {
        if (path == null || !path.matches("(/[A-Za-z0-9._~-]+)+")) {
            throw new InvalidConfigurationPropertyValueException("gridpool.dashboard.path", path,
                    "the path must start with / and have one segment or more of letters, digits, '.', '_', '~' "
                            + "or '-', without a trailing /, such as /gridpool or /ops/grid");
        }
    }
}
