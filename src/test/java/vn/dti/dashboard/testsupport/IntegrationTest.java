package vn.dti.dashboard.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of Spring tests that run the whole app against the real embedded H2 file database, in a fresh
 * data directory per test JVM, with the demo province loaded. All subclasses share one application
 * context (same configuration), so the start-up cost is paid once. Tests that write must clean up or run
 * in a rolled-back transaction: the demo data is shared.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class IntegrationTest {

    /** Password of the {@code admin} account the app creates on its first start. */
    public static final String ADMIN_PASSWORD = "test-admin-Pa55";
    /** Password of the demo accounts (lanhdao = LEADER, phantich = ANALYST). */
    public static final String DEMO_PASSWORD = "demo-cds-2024";

    private static final Path DATA_DIR = createDataDir();

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
    }
}
