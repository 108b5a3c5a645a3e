package vn.dti.dashboard.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.dti.dashboard.testsupport.IntegrationTest;

/**
 * An online backup restores to the same figures: the backup is taken through the API while the app runs,
 * unzipped into an empty directory as the restore script does, and the restored database holds the same
 * reports, values and rolled-up figures, and the same report files; only an ADMIN may take one.
 */
class BackupTest extends IntegrationTest {

    /** What must come back: stored reports, their values, the rollups, the accounts. */
    static final String FIGURES = "select (select count(*) from submission) || '/' || (select count(*) from report_value)"
            + " || '/' || (select sum(amount) from report_value) || '/' || (select count(*) from rollup_value)"
            + " || '/' || (select sum(amount) from rollup_value) || '/' || (select count(*) from user_account)";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${dti.data-dir}")
    String dataDir;

    @Test
    void a_backup_taken_while_running_restores_to_the_same_figures_and_report_files(@TempDir Path restored)
            throws Exception {
        String live = jdbc.queryForObject(FIGURES, String.class);
        List<String> liveFiles = files(Path.of(dataDir).resolve("submissions"));
        assertThat(liveFiles).isNotEmpty();

        mvc.perform(post("/api/v1/backups").with(httpBasic("lanhdao", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        String answer = mvc.perform(post("/api/v1/backups").with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.file").value(org.hamcrest.Matchers.matchesPattern("dti-backup-\\d{8}-\\d{6}\\.zip")))
                .andExpect(jsonPath("$.reportFiles").value(liveFiles.size()))
                .andReturn().getResponse().getContentAsString();
        Path zip = Path.of(dataDir, "backups", new ObjectMapper().readTree(answer).get("file").asText());
        assertThat(zip).isRegularFile();

        unzip(zip, restored);
        assertThat(restored.resolve("dti.mv.db")).isRegularFile();
        assertThat(files(restored.resolve("submissions"))).isEqualTo(liveFiles);
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + restored.resolve("dti")
                + ";ACCESS_MODE_DATA=r", "sa", ""); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(FIGURES)) {
            result.next();
            assertThat(result.getString(1)).isEqualTo(live);
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'BACKUP_CREATED'"
                + " and username = 'admin'", Integer.class)).isGreaterThanOrEqualTo(1);
    }

    /** What scripts/restore-h2.sh does: every entry into the empty data directory. */
    static void unzip(Path zip, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path file = target.resolve(entry.getName()).normalize();
                assertThat(file.startsWith(target)).as(entry.getName()).isTrue();
                Files.createDirectories(file.getParent());
                Files.copy(entries, file);
            }
        }
    }

    private static List<String> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            List<String> names = new ArrayList<>(walk.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p) + " " + p.toFile().length()).sorted().toList());
            return names;
        }
    }
}
