package vn.dti.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The whole application starts on an empty database: Flyway applies every migration, Hibernate's
 * {@code ddl-auto=validate} accepts the result, and the first start creates the accounts. Runs on H2
 * ({@link DatabaseMigrationH2Test}) and PostgreSQL ({@link DatabaseMigrationPostgresTest}), because the
 * same migration files serve both and each has its own SQL dialect.
 */
@SpringBootTest(properties = "dti.admin-password=" + DatabaseMigrationTests.ADMIN_PASSWORD)
abstract class DatabaseMigrationTests {

    static final String ADMIN_PASSWORD = "migration-test-Admin-7";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Flyway flyway;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    Environment environment;

    /** The JDBC product name of the database this subclass must run on. */
    abstract String expectedDatabaseProduct();

    @Test
    void runs_on_the_database_the_subclass_asks_for() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabaseProduct());
        }
    }

    @Test
    void flyway_applied_every_migration_file_on_the_classpath() throws IOException {
        List<String> files = migrationFiles();
        assertThat(files).as("migration files found on the classpath").isNotEmpty();

        // Quoted: Flyway creates its table and columns in lower case, and H2 folds unquoted names to upper.
        List<String> applied = jdbc.queryForList(
                "select \"script\" from \"flyway_schema_history\" where \"success\" and \"script\" like '%.sql'",
                String.class);
        // Flyway adds a marker row (installed_rank -1, "<< Flyway Schema History table created >>") on some
        // databases, H2 among them; migrations have ranks from 1.
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select * from \"flyway_schema_history\" where \"installed_rank\" > 0");

        assertThat(applied).containsExactlyInAnyOrderElementsOf(files);
        assertThat(rows).as("rows of flyway_schema_history: %s", rows).hasSize(files.size());
    }

    @Test
    void migrations_created_the_user_account_table() {
        List<String> tables = jdbc.queryForList("""
                select lower(table_name) from information_schema.tables
                where lower(table_schema) = 'public' and lower(table_name) = 'user_account'""", String.class);
        assertThat(tables).containsExactly("user_account");
    }

    @Test
    void hibernate_validates_the_schema_instead_of_changing_it() {
        // The context started, so validation passed; this guards that nothing switched it to "update".
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
    }

    @Test
    void first_start_created_admin_with_the_configured_password_and_the_demo_accounts() {
        Map<String, Object> admin = jdbc.queryForMap(
                "select role, password_hash, enabled from user_account where username = 'admin'");
        assertThat(admin.get("role")).isEqualTo("ADMIN");
        assertThat(admin.get("enabled")).isEqualTo(true);
        assertThat(passwordEncoder.matches(ADMIN_PASSWORD, (String) admin.get("password_hash"))).isTrue();
        assertThat(passwordEncoder.matches("wrong-" + ADMIN_PASSWORD, (String) admin.get("password_hash"))).isFalse();

        assertThat(jdbc.queryForList("select username from user_account", String.class))
                .contains("admin", "lanhdao", "phantich");
    }

    /** File names of the SQL migrations in Flyway's configured locations, as Flyway records them. */
    private List<String> migrationFiles() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<String> names = new ArrayList<>();
        for (Location location : flyway.getConfiguration().getLocations()) {
            assertThat(location.getPrefix()).as("only classpath locations are expected: " + location)
                    .isEqualTo("classpath:");
            for (Resource resource : resolver.getResources("classpath*:" + location.getRootPath() + "/**/*.sql")) {
                String name = Objects.requireNonNull(resource.getFilename());
                if (name.matches("[VR].*__.+\\.sql")) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
