package gloss.browser;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Headless Debian Chromium for the browser tests, driven by Debian's chromedriver. Both paths are given to
 * Selenium explicitly, so Selenium Manager never runs (it would try the network).
 *
 * <p>{@link #require()} decides whether browser tests run: with both binaries installed they run; without
 * them they are skipped (a JUnit assumption), unless the environment variable {@code CI} is {@code true},
 * where a missing browser fails the tests instead.
 */
final class Chromium implements AutoCloseable {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final String INSTALL = "apt-get install chromium chromium-driver";

    /**
     * The flags that work on these machines (shared/ECOSYSTEM.md); then /tmp instead of a small /dev/shm,
     * a fixed window size and language, so that layout and dates do not depend on the machine.
     */
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-GB");

    /** Held so that its level sticks (JDK loggers are only weakly referenced). */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the calling test class when Chromium is missing, or fails it under {@code CI=true}. */
    static void require() {
        List<Path> missingFiles = Stream.of(BROWSER, DRIVER).filter(p -> !Files.isExecutable(p)).toList();
        if (missingFiles.isEmpty()) return;
        String missing = "browser tests need " + BROWSER + " and " + DRIVER + " (missing: " + missingFiles
                + "); install them with `" + INSTALL + "`";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(missing + " (CI=true: a missing browser is a failure, not a skip)");
        }
        Assumptions.abort(missing + " (skipped)");
    }

    /** {@link #start(boolean)} on another thread, to start two browsers side by side. */
    static CompletableFuture<Chromium> startAsync(boolean javascript) {
        require();
        return CompletableFuture.supplyAsync(() -> {
            try {
                return start(javascript);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A fresh browser with JavaScript on. */
    static Chromium start() throws IOException {
        return start(true);
    }

    /**
     * A fresh browser with its own new profile, with or without JavaScript (off as a content setting, as a
     * reader's browser would have it; WebDriver's own scripts still run). The performance log records every
     * network request of the pages it loads, the browser log the console (see {@link Pages}).
     */
    static Chromium start(boolean javascript) throws IOException {
        require();
        SELENIUM_LOG.setLevel(Level.WARNING);
        Path profile = Files.createTempDirectory("gloss-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile);
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withLogLevel(ChromiumDriverLogLevel.OFF)
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        return new Chromium(driver, profile);
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> walk = Files.walk(profile)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    p.toFile().delete();
                }
            } catch (IOException ignored) {
                // Chromium may still be removing its own files; the folder is in the temp dir anyway.
            }
        }
    }
}
