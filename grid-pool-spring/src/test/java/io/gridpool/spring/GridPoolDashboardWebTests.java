package io.gridpool.spring;

import io.gridpool.Pool;
import io.gridpool.PoolSnapshot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live page at a path of the application's choosing, with Actuator's endpoint left unexposed:
 * the page, its files, and the snapshot it polls; read-only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gridpool.dashboard.enabled=true", "gridpool.dashboard.path=/ops/grid", "gridpool.local.threads=2",
        "spring.main.banner-mode=off" })
class GridPoolDashboardWebTests {

    private static final List<Integer> HUNDRED = IntStream.range(0, 100).boxed().toList();

    @Autowired
    private Pool pool;

    @LocalServerPort
    private int port;

    @Test
    void path_redirectsUnderItself() {
        HttpResponse<String> response = Http.get(port, "/ops/grid");
        assertThat(response.statusCode()).isEqualTo(307);
        assertThat(response.headers().firstValue("Location")).hasValue("grid/");
    }

    @Test
    void page_html_loadsOnlyItsOwnFiles() {
        HttpResponse<String> page = Http.get(port, "/ops/grid/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).startsWith("default-src 'self'"));
        assertThat(page.body()).contains("src=\"dashboard.js\"", "href=\"dashboard.css\"").doesNotContain("http://", "https://");
        for (String file : List.of("dashboard.js", "dashboard.css", "favicon.svg")) {
            HttpResponse<String> response = Http.get(port, "/ops/grid/" + file);
            assertThat(response.statusCode()).as(file).isEqualTo(200);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(file).hasValue("nosniff");
        }
    }

    @Test
    void snapshot_afterAMap_json() {
        pool.map(x -> x + 1, HUNDRED, 10);
        HttpResponse<String> response = Http.get(port, "/ops/grid/snapshot");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("Server-Timing")).hasValueSatisfying(timing ->
                assertThat(timing).matches("snapshot;dur=[\\d.]+, json;dur=[\\d.]+"));
        JsonNode snapshot = Http.json(response);
        assertThat(snapshot.get("workers").get(0).get("name").asString()).isEqualTo("this JVM");
        assertThat(snapshot.get("workers").get(0).get("slots").asInt()).isEqualTo(2);
        assertThat(snapshot.get("chunks")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(Instant.parse(snapshot.get("chunks").get(0).get("start").asString())).isNotNull();
    }

    @Test
    void snapshotSince_onlyChunksEndedAfter() {
        pool.map(x -> x + 1, HUNDRED, 10);
        Instant between = pool.snapshot().chunks().stream().map(PoolSnapshot.Chunk::end).max(Comparator.naturalOrder())
                .orElseThrow();
        pool.map(x -> x + 2, HUNDRED, 50);
        JsonNode chunks = Http.json(Http.get(port, "/ops/grid/snapshot?since=" + between)).get("chunks");
        assertThat(chunks).hasSize(2).allSatisfy(chunk -> assertThat(chunk.get("elements").asInt()).isEqualTo(50));
    }

    @Test
    void snapshotSince_notAnInstant_400() {
        HttpResponse<String> response = Http.get(port, "/ops/grid/snapshot?since=yesterday");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("since must be an ISO-8601 instant such as 2026-01-31T12:00:00Z, was 'yesterday'");
    }

    @Test
    void readOnly_otherMethodsRefused() {
        for (String method : List.of("POST", "PUT", "DELETE")) {
            assertThat(Http.send(port, method, "/ops/grid/snapshot").statusCode()).as(method).isIn(404, 405);
        }
    }

    @Test
    void endpointNotExposed_pageServedAnyway_defaultPathFree() {
        assertThat(Http.get(port, "/actuator/gridpool").statusCode()).isEqualTo(404);
        assertThat(Http.get(port, "/ops/grid/snapshot").statusCode()).isEqualTo(200);
        assertThat(Http.get(port, "/gridpool/").statusCode()).isEqualTo(404);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {
    }
}
