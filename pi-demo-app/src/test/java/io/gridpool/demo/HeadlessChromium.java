package io.gridpool.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver. Both paths are given, so
 * Selenium Manager never runs and nothing is downloaded; a missing browser fails the test, saying
 * what to install, rather than skipping it.
 */
final class HeadlessChromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final String INSTALL = "; install Debian's chromium and chromium-driver packages "
            + "(apt-get install -y chromium chromium-driver), as .ci/run does";

    private HeadlessChromium() {
    }

    /** A browser with a fresh profile in {@code profile}, its window {@code width} by {@code height}. */
    static ChromeDriver start(Path profile, int width, int height) {
        assertThat(BROWSER).as("the browser that this test drives, " + BROWSER + INSTALL).isExecutable();
        assertThat(DRIVER).as("the driver of that browser, " + DRIVER + INSTALL).isExecutable();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().withTimeout(Duration.ofSeconds(60)).build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
        return browser;
    }
}
