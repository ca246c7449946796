package io.gridpool.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /api/pi of {@code --serve}: the figures in JSON, and a 400 with a one-line reason for bad input. */
class PiWebTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ConfigurableApplicationContext context;
    private static int port;

    @BeforeAll
    static void serve() {
        PiOptions options = PiOptions.parse(new String[] {"--serve", "--mode=local", "--server.port=0"}, Map.of());
        context = PiCommand.serve(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void pi_json_sameFiguresAsTheCommand() throws Exception {
        HttpResponse<String> response = get("/api/pi?samples=1e7&seed=11&batch=250_000");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        PiEstimate serial = new PiEstimator(Mode.SERIAL, null, null)
                .estimate(new PiJob(10_000_000, 250_000, 11), Progress.none());
        assertThat(body.get("pi").asDouble()).isEqualTo(serial.pi());
        assertThat(body.get("error").asDouble()).isEqualTo(serial.error());
        assertThat(body.get("samples").asLong()).isEqualTo(10_000_000);
        assertThat(body.get("tasks").asLong()).isEqualTo(40);
        assertThat(body.get("mode").asString()).isEqualTo("local");
        assertThat(body.get("samplesPerSecond").asDouble()).isPositive();
        assertThat(body.get("seconds").asDouble()).isPositive();
        assertThat(body.get("members").get(0).get("member").asString()).isEqualTo("this JVM");
        assertThat(body.get("members").get(0).get("share").asDouble()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "samples=-5      | samples must be at least 1, was '-5'",
            "samples=0       | samples must be at least 1, was '0'",
            "samples=many    | samples must be a whole number such as 1000000, 1e9 or 10_000_000_000, was 'many'",
            "samples=1e20    | samples must be at most 1e11, was '1e20'",
            "samples=1e6&batch=0 | batch must be at least 1, was '0'",
            "samples=1e6&seed=x  | seed must be a whole number from -9223372036854775808 to 9223372036854775807, was 'x'",
    })
    void pi_badInput_400WithOneLineReason(String query, String reason) throws Exception {
        HttpResponse<String> response = get("/api/pi?" + query);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("detail").asString()).isEqualTo(reason);
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
