package vn.dti.dashboard.shared;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns {@code dti.data-dir} into an absolute {@code dti.database-path}. H2 refuses a file URL that is
 * implicitly relative ("data/dti" instead of "./data/dti"), and users type either on the command line.
 */
public class DataDirectoryEnvironmentPostProcessor implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String dataDir = environment.getProperty("dti.data-dir", "./data");
        Path database = Path.of(dataDir).toAbsolutePath().normalize().resolve("dti");
        environment.getPropertySources().addLast(new MapPropertySource("dtiDataDirectory",
                Map.of("dti.database-path", database.toString())));
    }
}
