package vn.dti.dashboard.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Debian's ChromeDriver. Both paths are given explicitly, so Selenium
 * Manager has nothing to look up or download (this machine has no internet). The flags are the ones
 * verified in shared/stack-notes.md: without the networking ones Chromium tries to reach Google's
 * services and stalls.
 */
public final class Chromium {

    /** Big enough for the drawer and a dashboard page side by side. */
    public static final int WIDTH = 1400;
    public static final int HEIGHT = 900;

    private Chromium() {
    }

    /** Fails (never skips) when Chromium or ChromeDriver is missing. */
    public static void requireInstalled() {
        Path chromium = E2ESettings.chromium();
        Path chromedriver = E2ESettings.chromedriver();
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            throw new IllegalStateException("The e2e tests need Chromium at " + chromium + " and ChromeDriver at "
                    + chromedriver + ". Install them: apt-get install -y chromium chromium-driver");
        }
    }

    /** A new browser with an empty profile in {@code userDataDir}; quit it after use. */
    public static ChromeDriver start(Path userDataDir) {
        requireInstalled();
        // Selenium Manager's usage statistics; it should not even run with explicit paths, but if it does,
        // it must not phone home.
        System.setProperty("SE_AVOID_STATS", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(E2ESettings.chromium().toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox", // root in CI: Chromium's sandbox refuses to run as root
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                // English browser: the app must still answer in Vietnamese, whatever the browser prefers.
                "--lang=en-US",
                "--window-size=" + WIDTH + "," + HEIGHT,
                "--user-data-dir=" + userDataDir);
        options.setPageLoadTimeout(Duration.ofSeconds(30));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(E2ESettings.chromedriver().toFile())
                .usingAnyFreePort()
                .withLogFile(logFile())
                .build();
        return new ChromeDriver(service, options);
    }

    private static java.io.File logFile() {
        try {
            Files.createDirectories(E2ESettings.logDir());
            return E2ESettings.logDir().resolve("chromedriver.log").toFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
