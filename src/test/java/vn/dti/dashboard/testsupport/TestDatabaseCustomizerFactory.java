package vn.dti.dashboard.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Points a Spring test context at the database chosen by {@link UseH2} or {@link UsePostgres}. It works
 * like {@code @DynamicPropertySource} (a property source in front of all others, added before the
 * context refreshes) but is driven by an annotation, so an H2 and a PostgreSQL subclass of one abstract
 * test class differ by that annotation only.
 */
final class TestDatabaseCustomizerFactory implements ContextCustomizerFactory {

    private static final List<Path> dataDirs = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (dataDirs) {
                dataDirs.forEach(PostgresServer::deleteRecursively);
            }
        }, "test-data-dirs-delete"));
    }

    enum Database { H2, POSTGRES }

    @Override
    public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        boolean h2 = TestContextAnnotationUtils.hasAnnotation(testClass, UseH2.class);
        boolean postgres = TestContextAnnotationUtils.hasAnnotation(testClass, UsePostgres.class);
        if (h2 && postgres) {
            throw new IllegalStateException(testClass.getName() + " has both @UseH2 and @UsePostgres: choose one");
        }
        return h2 ? new Customizer(Database.H2) : postgres ? new Customizer(Database.POSTGRES) : null;
    }

    /** A record, so that Spring's context cache keeps H2 and PostgreSQL contexts apart. */
    private record Customizer(Database database) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            Path dataDir = newDataDir();
            Map<String, Object> properties = new LinkedHashMap<>();
            // The production H2 URL is built from dti.database-path, which DataDirectoryEnvironmentPostProcessor
            // derives from dti.data-dir when it is read, so this one property moves the database too.
            properties.put("dti.data-dir", dataDir.toString());
            if (database == Database.POSTGRES) {
                PostgresServer server = PostgresServer.shared();
                String name = server.createDatabase("dti_test");
                properties.put("spring.datasource.url", server.jdbcUrl(name));
                properties.put("spring.datasource.username", PostgresServer.USERNAME);
                properties.put("spring.datasource.password", PostgresServer.PASSWORD);
            }
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("dtiTestDatabase-" + database, properties));
        }

        private static Path newDataDir() {
            try {
                Path dir = Files.createTempDirectory("dti-test-data-");
                synchronized (dataDirs) {
                    dataDirs.add(dir);
                }
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
