package io.gridpool.spring;

import io.gridpool.Pool;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** /actuator/gridpool over HTTP, once exposed: the snapshot of a map on an embedded member, ISO-8601 times. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.endpoints.web.exposure.include=health,gridpool", "spring.main.banner-mode=off" })
class GridPoolEndpointWebTests {

    @Autowired
    private Pool pool;

    @LocalServerPort
    private int port;

    @Test
    void exposed_afterAMap_snapshotAsJson() {
        pool.map(x -> x * x, IntStream.range(0, 100).boxed().toList(), 25);
        HttpResponse<String> response = Http.get(port, "/actuator/gridpool");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/vnd.spring-boot.actuator"));
        JsonNode snapshot = Http.json(response);
        assertThat(snapshot.propertyNames()).containsExactlyInAnyOrder("takenAt", "stats", "calls", "workers", "chunks");
        assertThat(Instant.parse(snapshot.get("takenAt").asString())).isBeforeOrEqualTo(Instant.now());
        assertThat(snapshot.get("stats").get("state").asString()).isEqualTo("OPEN");
        assertThat(snapshot.get("stats").get("chunksCompleted").asLong()).isEqualTo(4);
        assertThat(snapshot.get("calls").isEmpty()).isTrue();
        JsonNode worker = snapshot.get("workers").get(0);
        assertThat(snapshot.get("workers")).hasSize(1);
        assertThat(worker.get("name").asString()).matches("127\\.0\\.0\\.1:\\d+");
        assertThat(worker.get("slots").asInt()).isEqualTo(TestHazelcast.SLOTS);
        assertThat(Duration.parse(worker.get("meanChunkTime").asString())).isPositive();
        assertThat(snapshot.get("chunks")).hasSize(4);
        JsonNode chunk = snapshot.get("chunks").get(0);
        assertThat(chunk.get("worker").asString()).isEqualTo(worker.get("name").asString());
        assertThat(chunk.get("elements").asInt()).isEqualTo(25);
        assertThat(chunk.get("outcome").asString()).isEqualTo("DONE");
        assertThat(chunk.get("copy").asBoolean()).isFalse();
        assertThat(Instant.parse(chunk.get("end").asString())).isAfterOrEqualTo(Instant.parse(chunk.get("start").asString()));
    }

    @Test
    void exposed_readOnly() {
        assertThat(Http.send(port, "POST", "/actuator/gridpool").statusCode()).isEqualTo(405);
        assertThat(Http.send(port, "DELETE", "/actuator/gridpool").statusCode()).isEqualTo(405);
    }

    @Test
    void exposed_listedAmongTheEndpoints() {
        JsonNode links = Http.json(Http.get(port, "/actuator")).get("_links");
        assertThat(links.get("gridpool").get("href").asString()).endsWith("/actuator/gridpool");
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(TestHazelcast.MemberApplication.class)
    static class Application {
    }
}
