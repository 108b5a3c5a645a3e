package vn.dti.dashboard.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dti.dashboard.shared.DtiProperties;

/**
 * On the first start (no account at all) creates {@code admin} with the password from
 * {@code DTI_ADMIN_PASSWORD}, or a random one printed once in the log. In demo mode it also adds the
 * demo accounts, whose password is public, and says so in the log (and the login page says so too).
 */
@Component
@Order(0)
class InitialAccounts implements ApplicationRunner {

    /** Demo accounts: username, role, display name. Their password is {@link #DEMO_PASSWORD}. */
    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("lanhdao", Role.LEADER, "Lãnh đạo (Ban Chỉ đạo)"),
            new DemoAccount("phantich", Role.ANALYST, "Chuyên viên phân tích"));
    static final String DEMO_PASSWORD = "demo-cds-2024";

    private static final Logger log = LoggerFactory.getLogger(InitialAccounts.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    record DemoAccount(String username, Role role, String displayName) {
    }

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final DtiProperties properties;
    private final Clock clock;

    InitialAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, DtiProperties properties,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        String password = properties.adminPassword();
        boolean generated = password.isBlank();
        if (generated) {
            password = randomPassword();
        } else if (!PasswordPolicy.check("admin", password).isEmpty()) {
            // The operator's choice stands (refusing to start helps nobody), but it should be changed.
            log.warn("DTI_ADMIN_PASSWORD does not meet the password rules (at least {} characters, letters and "
                    + "digits, not the username); change it after signing in", PasswordPolicy.MIN_LENGTH);
        }
        accounts.save(new UserAccount("admin", passwordEncoder.encode(password), Role.ADMIN,
                "Quản trị hệ thống", clock.instant()));
        if (generated) {
            log.warn("""

                    ==================================================================
                    Created account 'admin' with the generated password: {}
                    It is shown only this once. Set DTI_ADMIN_PASSWORD to choose it.
                    ==================================================================""", password);
        } else {
            log.info("Created account 'admin' with the password from DTI_ADMIN_PASSWORD");
        }
        if (properties.demoData()) {
            for (DemoAccount demo : DEMO_ACCOUNTS) {
                accounts.save(new UserAccount(demo.username(), passwordEncoder.encode(DEMO_PASSWORD), demo.role(),
                        demo.displayName(), clock.instant()));
            }
            log.warn("DEMO MODE: created demo accounts {} with the public password '{}'. "
                    + "Do not use demo mode with real data (start with --dti.demo-data=false).",
                    DEMO_ACCOUNTS.stream().map(DemoAccount::username).toList(), DEMO_PASSWORD);
        }
    }

    /** 20 characters of an alphabet without look-alikes, drawn again until it meets the password rules. */
    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        while (true) {
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (PasswordPolicy.check("admin", password.toString()).isEmpty()) {
                return password.toString();
            }
        }
    }
}
