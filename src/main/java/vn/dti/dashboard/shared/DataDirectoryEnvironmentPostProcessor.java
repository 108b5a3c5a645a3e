package vn.dti.dashboard.shared;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Provides {@code dti.database-path}, the absolute path of the H2 database inside {@code dti.data-dir}.
 * H2 refuses a file URL that is implicitly relative ("data/dti" instead of "./data/dti"), and users type
 * either on the command line. The value is computed when it is read, not when this runs, so that
 * {@code dti.data-dir} set later (tests' dynamic properties) is honoured too.
 */
public class DataDirectoryEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String DATABASE_PATH = "dti.database-path";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // The source object must not be the environment itself: Boot would iterate into it recursively.
        environment.getPropertySources().addLast(new PropertySource<>("dtiDataDirectory", new Object()) {
            @Override
            public @Nullable Object getProperty(String name) {
                if (!DATABASE_PATH.equals(name)) {
                    return null;
                }
                String dataDir = environment.getProperty("dti.data-dir", "./data");
                return Path.of(dataDir).toAbsolutePath().normalize().resolve("dti").toString();
            }
        });
    }
}
