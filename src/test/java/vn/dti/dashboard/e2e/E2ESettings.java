package vn.dti.dashboard.e2e;

import java.nio.file.Path;

/**
 * Where the e2e harness finds its programs and puts its output. Failsafe passes these as system
 * properties (see the {@code e2e} profile in pom.xml); the defaults let a test run from an IDE too.
 */
final class E2ESettings {

    private E2ESettings() {
    }

    static Path chromium() {
        return Path.of(System.getProperty("dti.e2e.chromium", "/usr/bin/chromium"));
    }

    static Path chromedriver() {
        return Path.of(System.getProperty("dti.e2e.chromedriver", "/usr/bin/chromedriver"));
    }

    /** The build directory ({@code target}). */
    static Path outputDir() {
        return Path.of(System.getProperty("dti.e2e.output-dir", "target")).toAbsolutePath();
    }

    static Path screenshotDir() {
        return outputDir().resolve("e2e-screenshots");
    }

    static Path logDir() {
        return outputDir().resolve("e2e-logs");
    }

    /** The production jar under test, or empty to look for it in the build directory. */
    static String jar() {
        return System.getProperty("dti.e2e.jar", "");
    }

    static int startTimeoutSeconds() {
        return Integer.getInteger("dti.e2e.start-timeout-seconds", 90);
    }
}
