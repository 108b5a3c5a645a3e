package vn.dti.dashboard.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dti.dashboard.reporting.DemoReportProgress;

/**
 * Base of Spring tests that run the whole app against the real embedded H2 file database, in a fresh
 * data directory per test JVM, with the demo province loaded. All subclasses share one application
 * context (same configuration), so the start-up cost is paid once. Tests that write must clean up or run
 * in a rolled-back transaction: the demo data is shared.
 *
 * <p>The context also imports the demo reports of {@value #DEMO_REPORTS_FROM} and {@value #DEMO_REPORTS_TO}
 * (every commune, district and department, in the background as in production); every test waits until that
 * import has ended, so row counts do not move under a test. Tests that store reports use other months.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class IntegrationTest {

    /** Password of the {@code admin} account the app creates on its first start. */
    public static final String ADMIN_PASSWORD = "test-admin-Pa55";
    /** Password of the demo accounts (lanhdao = LEADER, phantich = ANALYST). */
    public static final String DEMO_PASSWORD = "demo-cds-2024";

    /** The months of demo reports in the shared test database (the 2025-01-01 mergers lie between them). */
    public static final String DEMO_REPORTS_FROM = "2024-12";
    public static final String DEMO_REPORTS_TO = "2025-01";

    private static final Path DATA_DIR = createDataDir();

    @Autowired
    private DemoReportProgress demoReports;

    private static Path createDataDir() {
        try {
            Path dir = Files.createTempDirectory("dti-test-data");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        registry.add("dti.data-dir", DATA_DIR::toString);
        registry.add("dti.admin-password", () -> ADMIN_PASSWORD);
        registry.add("dti.demo-data", () -> "true");
        registry.add("dti.demo-reports.enabled", () -> "true");
        registry.add("dti.demo-reports.from", () -> DEMO_REPORTS_FROM);
        registry.add("dti.demo-reports.to", () -> DEMO_REPORTS_TO);
    }

    @BeforeEach
    void demoReportsImported() {
        if (!demoReports.awaitFinished(Duration.ofMinutes(3))) {
            throw new IllegalStateException("the demo reports of the test context are still importing after 3 min");
        }
    }
}
