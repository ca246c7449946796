package io.gridpool.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hazelcast.core.HazelcastInstance;
import io.gridpool.testing.ProcessCluster;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The live page in a real browser: the demo serves π as a client of two member processes, a run
 * goes through /api/pi, and /gridpool in headless Chromium shows both members, the call reaching
 * 100 % and its chunks in the task stream. Saves a screenshot in target/; with
 * {@code -Dgridpool.screenshot=../docs/images/dashboard.png} it renews the README's picture, so a
 * plain test run leaves the checkout as it found it.
 */
class DashboardBrowserTest {

    /** Where the screenshot goes: target/, or the README's picture when asked for. */
    static final Path SCREENSHOT = Path.of(System.getProperty("gridpool.screenshot", "target/dashboard.png"));
    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    Path profile;

    private ProcessCluster cluster;
    private ConfigurableApplicationContext demo;
    private ChromeDriver browser;

    @AfterEach
    void stop() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            try {
                if (demo != null) {
                    demo.close();
                }
            } finally {
                if (cluster != null) {
                    cluster.close();
                }
            }
        }
    }

    @Test
    void piOnTwoMembers_pageShowsMembersProgressAndStream() throws Exception {
        browser = HeadlessChromium.start(profile, 1280, 1100);
        cluster = ProcessCluster.start(2, 2, 2);
        int port = serve();
        List<String> members = cluster.ports().stream().map(p -> "127.0.0.1:" + p).toList();
        browser.get("http://127.0.0.1:" + port + "/gridpool");
        await().atMost(WAIT).ignoreException(StaleElementReferenceException.class).untilAsserted(() ->
                assertThat(attributes(browser, "#members .member", "data-worker"))
                        .containsExactlyInAnyOrderElementsOf(members));

        CompletableFuture<HttpResponse<String>> pi = HTTP.sendAsync(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/pi?samples=1e9&seed=3")).timeout(WAIT).build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> serverMillis = new ArrayList<>();
        await().atMost(WAIT).ignoreException(StaleElementReferenceException.class).untilAsserted(() -> {
            serverMillis.add(browser.findElement(By.id("status")).getDomAttribute("data-server-ms"));
            assertThat(count(browser, "#calls .call[data-state=done][data-percent='100']")).isOne();
        });
        assertThat(pi).succeedsWithin(WAIT).satisfies(response -> assertThat(response.statusCode()).isEqualTo(200));
        await().atMost(Duration.ofSeconds(30)).ignoreException(StaleElementReferenceException.class).untilAsserted(() -> {
            assertThat(text(browser, "#calls .call[data-state=done] .percent")).containsExactly("100%");
            assertThat(count(browser, "#stream rect.chunk[data-outcome=DONE]")).isPositive();
        });
        WebElement status = browser.findElement(By.id("status"));
        assertThat(Integer.parseInt(status.getDomAttribute("data-poll-ms"))).as("asks twice a second").isLessThanOrEqualTo(500);
        String polls = status.getDomAttribute("data-polls-per-second"); // as fast as this machine answered
        assertThat(Double.parseDouble(polls)).isGreaterThan(1.0);
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, browser.getScreenshotAs(OutputType.BYTES));
        System.out.println("dashboard: " + polls + " polls/s; server ms per poll: " + serverMillis.stream()
                .filter(ms -> ms != null && !ms.isEmpty()).collect(Collectors.joining(" ")));
    }

    /** Starts the demo as {@code --serve} does, a client of the two members; returns its port. */
    private int serve() {
        String members = cluster.ports().stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
        PiOptions options = PiOptions.parse(new String[] {"--serve", "--server.port=0", "--members=" + members,
                "--cluster-name=" + cluster.name()}, Map.of());
        demo = PiCommand.serve(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        HazelcastInstance client = demo.getBean(HazelcastInstance.class);
        await().atMost(WAIT).until(() -> client.getCluster().getMembers().size() == 2);
        return ((WebServerApplicationContext) demo).getWebServer().getPort();
    }

    private static List<String> attributes(WebDriver browser, String selector, String attribute) {
        return browser.findElements(By.cssSelector(selector)).stream().map(e -> e.getDomAttribute(attribute)).toList();
    }

    /** How many elements match: one request, so a page that draws itself anew meanwhile cannot make it stale. */
    private static int count(WebDriver browser, String selector) {
        return browser.findElements(By.cssSelector(selector)).size();
    }

    private static List<String> text(WebDriver browser, String selector) {
        return browser.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }
}
