package vn.dti.dashboard.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.web.servlet.MockMvc;
import vn.dti.dashboard.hierarchy.UnitImportService;
import vn.dti.dashboard.reporting.SubmissionService;
import vn.dti.dashboard.rollup.RollupService;
import vn.dti.dashboard.testsupport.FixtureProvince;
import vn.dti.dashboard.testsupport.PostgresServer;
import vn.dti.dashboard.testsupport.UsePostgres;

/**
 * The PostgreSQL backup of docs/production.md, done as written: {@code pg_dump --format=custom} of the app's
 * database while the app runs, {@code pg_restore --no-owner} into an empty database, and the restored one holds
 * the same reports, values, rolled-up figures and accounts; the app's own backup endpoint says to use pg_dump.
 */
@SpringBootTest(properties = {"dti.demo-data=false", "dti.admin-password=backup-pg-Pa55", "dti.test-context=backup-pg"})
@AutoConfigureMockMvc
@UsePostgres
class BackupPostgresTest {

    @Autowired
    UnitImportService units;
    @Autowired
    SubmissionService submissions;
    @Autowired
    RollupService rollups;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    MockMvc mvc;

    private void admin() {
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", "n/a",
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
    }

    private static void run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", PostgresServer.PASSWORD);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
    }

    @Test
    void pg_dump_and_pg_restore_give_back_the_same_figures(@TempDir Path dir) throws Exception {
        new FixtureProvince(units, submissions, jdbc, this::admin).load();
        admin();
        rollups.rebuild();
        security.clearContext();
        String live = jdbc.queryForObject(BackupTest.FIGURES, String.class);
        assertThat(live).startsWith("1").contains("/");

        PostgresServer server = PostgresServer.shared();
        String database;
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            database = connection.getCatalog();
        }
        Path dump = dir.resolve("dti.dump");
        String port = String.valueOf(server.port());
        run(List.of(server.binary("pg_dump").toString(), "--format=custom", "--file=" + dump, "--host=127.0.0.1",
                "--port=" + port, "--username=" + PostgresServer.USERNAME, database));
        assertThat(Files.size(dump)).isPositive();
        String restored = server.createDatabase("restored");
        run(List.of(server.binary("pg_restore").toString(), "--no-owner", "--host=127.0.0.1", "--port=" + port,
                "--username=" + PostgresServer.USERNAME, "--dbname=" + restored, dump.toString()));
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(restored), PostgresServer.USERNAME,
                PostgresServer.PASSWORD); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(BackupTest.FIGURES)) {
            result.next();
            assertThat(result.getString(1)).isEqualTo(live);
        }

        mvc.perform(post("/api/v1/backups").with(httpBasic("admin", "backup-pg-Pa55")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.error").value("not_h2"));
    }
}
