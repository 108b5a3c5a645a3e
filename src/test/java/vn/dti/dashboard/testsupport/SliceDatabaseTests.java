package vn.dti.dashboard.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link UseH2} and {@link UsePostgres} also steer slice tests: without them {@code @DataJpaTest} would
 * replace the database with an anonymous in-memory one, and a "PostgreSQL" repository test would
 * quietly run on H2.
 */
@DataJpaTest
abstract class SliceDatabaseTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    /** How the JDBC URL of the chosen database starts. */
    abstract String expectedUrlPrefix();

    @Test
    void data_jpa_slice_runs_on_the_chosen_database_migrated_by_flyway() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).startsWith(expectedUrlPrefix());
        }
        assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class)).isZero();
    }
}
