package vn.dti.dashboard.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Runs a Spring test ({@code @SpringBootTest}, {@code @DataJpaTest}, ...) against a fresh database on
 * the throwaway PostgreSQL server ({@link PostgresServer}) with the {@code postgres} profile on, as in
 * production. Every Spring context gets its own empty database, and Flyway migrates it.
 *
 * <p>The test is tagged {@code postgres}: a plain build skips it, {@code ./mvnw verify -Ppostgres} runs it
 * and fails when PostgreSQL is not installed. To run the same tests on both databases, put them in an
 * abstract class and add two empty subclasses, one {@link UseH2}, one {@code UsePostgres} (see
 * {@code vn.dti.dashboard.DatabaseMigrationTests}).
 *
 * <p>A test class that declares its own {@code @ActiveProfiles} replaces the one here and must list
 * {@code postgres} itself.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("postgres")
@ActiveProfiles("postgres")
// Slices such as @DataJpaTest would otherwise swap in an embedded database.
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextCustomizerFactories(TestDatabaseCustomizerFactory.class)
public @interface UsePostgres {
}
