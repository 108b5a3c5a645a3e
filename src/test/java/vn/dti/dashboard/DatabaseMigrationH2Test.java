package vn.dti.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.dti.dashboard.shared.DtiProperties;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dti.dashboard.testsupport.UseH2;

@UseH2
class DatabaseMigrationH2Test extends DatabaseMigrationTests {

    @Autowired
    DtiProperties properties;

    @Override
    String expectedDatabaseProduct() {
        return "H2";
    }

    @Test
    void database_file_lives_in_a_fresh_temporary_data_dir_not_in_the_project() {
        Path dataDir = Path.of(properties.dataDir());
        assertThat(dataDir.toAbsolutePath().normalize()).isNotEqualTo(Path.of("data").toAbsolutePath().normalize());
        assertThat(Files.exists(dataDir.resolve("dti.mv.db"))).isTrue();
    }
}
