package vn.dti.dashboard.testsupport;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts for tests, written straight into the database (no signed-in administrator needed): the account
 * with its role, password and units, replaced if it exists, so a test can set it up before every method.
 * Production code creates accounts only through {@code security.AccountService}.
 */
public final class TestAccounts {

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;

    public TestAccounts(JdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    /** Creates (or resets) the account: enabled, not locked, with exactly these units. */
    public long put(String username, String password, String role, List<Long> unitIds) {
        List<Long> existing = jdbc.queryForList("select id from user_account where username = ?", Long.class, username);
        long id;
        if (existing.isEmpty()) {
            jdbc.update("insert into user_account (username, password_hash, role, display_name, enabled, created_at, "
                    + "failed_logins, password_changed_at) values (?, ?, ?, ?, true, ?, 0, ?)", username,
                    passwordEncoder.encode(password), role, username, Timestamp.from(Instant.now()),
                    Timestamp.from(Instant.now()));
            id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        } else {
            id = existing.getFirst();
            jdbc.update("update user_account set password_hash = ?, role = ?, enabled = true, failed_logins = 0, "
                    + "locked_until = null where id = ?", passwordEncoder.encode(password), role, id);
        }
        jdbc.update("delete from user_account_unit where user_id = ?", id);
        for (long unitId : unitIds) {
            jdbc.update("insert into user_account_unit (user_id, unit_id) values (?, ?)", id, unitId);
        }
        changedAccounts(jdbc);
        return id;
    }

    /**
     * Counts a change of accounts written past the app, as docs/decisions/0014 asks, so that the app's kept
     * copies of the accounts read them again (tests run with no check interval).
     */
    public static void changedAccounts(JdbcTemplate jdbc) {
        jdbc.update("update change_counter set counter = counter + 1 where name = 'accounts'");
    }

    /** The id of the unit with this code in force on the day (codes are reused, so the day matters). */
    public long unitId(String code, String day) {
        return jdbc.queryForObject("select id from administrative_unit where code = ? and (valid_from is null or "
                + "valid_from <= cast(? as date)) and (valid_to is null or valid_to >= cast(? as date))", Long.class,
                code, day, day);
    }
}
