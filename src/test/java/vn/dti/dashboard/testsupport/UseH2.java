package vn.dti.dashboard.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Runs a Spring test against a fresh embedded H2 file database, configured exactly as in production
 * ({@code application.properties}) but in a new temporary {@code dti.data-dir}, so tests never touch
 * {@code ./data} and every Spring context starts from an empty database. The counterpart of
 * {@link UsePostgres}; needs nothing outside the JDK, so it runs in every build.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
// Keep the production H2 settings rather than a slice's anonymous in-memory database.
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextCustomizerFactories(TestDatabaseCustomizerFactory.class)
public @interface UseH2 {
}
