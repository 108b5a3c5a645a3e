package vn.dti.dashboard.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The app's own settings ({@code dti.*}); see README "Configuration".
 *
 * @param dataDir       where the embedded database and stored files live
 * @param demoData      load the demo province, its departments and demo users into an empty database
 * @param adminPassword password for the first {@code admin} account (from {@code DTI_ADMIN_PASSWORD});
 *                      blank means a random one, printed once in the log
 */
@ConfigurationProperties("dti")
public record DtiProperties(
        @DefaultValue("./data") String dataDir,
        @DefaultValue("true") boolean demoData,
        @DefaultValue("") String adminPassword) {
}
