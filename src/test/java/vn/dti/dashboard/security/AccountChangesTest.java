package vn.dti.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.shared.api.ApiException;
import vn.dti.dashboard.testsupport.TestAccounts;
import vn.dti.dashboard.testsupport.UseH2;

/**
 * What an administrator's changes do to an account, through {@link AccountService} against the real database:
 * a new role or new units end the account's web sessions and change its scope at once; a disabled account
 * cannot sign in; a reset password replaces the old one and lifts a lock; a user changes their own password
 * only with the current one. An ADMIN cannot demote or disable itself, and the last enabled ADMIN stays. Only
 * an ADMIN may do any of it, and each change is in the audit trail with who did it and to whom.
 */
@SpringBootTest(properties = {"dti.admin-password=changes-Admin-1", "dti.test-context=account-changes"})
@UseH2
@AutoConfigureMockMvc
class AccountChangesTest {

    static final String USER = "doi.quyen";
    static final String PASSWORD = "doi-Quyen-2024";

    @Autowired
    AccountService accounts;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SecurityContextHolderStrategy security;

    long userId;
    TestAccounts testAccounts;

    @BeforeEach
    void account() {
        testAccounts = new TestAccounts(jdbc, passwordEncoder);
        userId = testAccounts.put(USER, PASSWORD, "LEADER", List.of());
        jdbc.update("delete from audit_entry");
    }

    /** Runs the call signed in as the user with the role, on the app's own security strategy. */
    <T> T as(String username, String role, Callable<T> call) throws Exception {
        SecurityContext context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList("ROLE_" + role)));
        security.setContext(context);
        try {
            return call.call();
        } finally {
            security.clearContext();
        }
    }

    <T> T asAdmin(Callable<T> call) throws Exception {
        return as("admin", "ADMIN", call);
    }

    MockHttpSession signIn(String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    int statusWith(MockHttpSession session) throws Exception {
        return mvc.perform(get("/v3/api-docs").session(session)).andReturn().getResponse().getStatus();
    }

    String apiError(String username, String password) throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/indicators").with(httpBasic(username, password))).andReturn();
        if (result.getResponse().getStatus() == 200) {
            return "ok";
        }
        return JsonMapper.builder().build().readTree(result.getResponse().getContentAsString()).path("error").asString();
    }

    List<String> audit() {
        return jdbc.queryForList("select username || ' ' || action || ' ' || object_id from audit_entry order by id",
                String.class);
    }

    @Test
    void a_new_role_and_units_end_the_users_sessions_and_change_its_scope_at_once() throws Exception {
        MockHttpSession session = signIn(USER, PASSWORD);
        assertThat(statusWith(session)).isEqualTo(200);
        long tichSon = testAccounts.unitId("08707", "2024-06-01");

        AccountSummary changed = asAdmin(() -> accounts.changeRole(userId, Role.REPORTER, List.of(tichSon),
                Messages.VIETNAMESE));

        assertThat(changed.role()).isEqualTo(Role.REPORTER);
        assertThat(changed.units()).extracting(u -> u.code()).containsExactly("08707");
        MvcResult next = mvc.perform(get("/v3/api-docs").session(session)).andReturn();
        assertThat(next.getResponse().getRedirectedUrl()).as("the old session is over").isEqualTo("/login?expired");
        // The API signs in on every request: the new scope holds at once.
        mvc.perform(get("/api/v1/submissions").param("unit", "08707").param("period", "2024-06")
                .with(httpBasic(USER, PASSWORD))).andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(200));
        mvc.perform(get("/api/v1/submissions").param("unit", "08710").param("period", "2024-06")
                .with(httpBasic(USER, PASSWORD))).andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(403));
        assertThat(jdbc.queryForObject("select detail from audit_entry where action = 'ROLE_CHANGED'", String.class))
                .startsWith("LEADER → REPORTER: 08707 Phường Tích Sơn [id ");
        assertThat(audit()).contains("admin ROLE_CHANGED doi.quyen");
    }

    @Test
    void a_disabled_account_cannot_sign_in_and_its_session_ends_until_it_is_enabled_again() throws Exception {
        MockHttpSession session = signIn(USER, PASSWORD);
        asAdmin(() -> accounts.setEnabled(userId, false, Messages.VIETNAMESE));

        assertThat(statusWith(session)).isEqualTo(302);
        assertThat(apiError(USER, PASSWORD)).isEqualTo("account_disabled");
        asAdmin(() -> accounts.setEnabled(userId, true, Messages.VIETNAMESE));
        assertThat(apiError(USER, PASSWORD)).isEqualTo("ok");
        assertThat(audit()).containsSubsequence("admin ACCOUNT_DISABLED doi.quyen", "admin ACCOUNT_ENABLED doi.quyen");
    }

    @Test
    void a_reset_password_replaces_the_old_one_and_lifts_a_lock() throws Exception {
        jdbc.update("update user_account set locked_until = ? where id = ?",
                Timestamp.from(Instant.now().plus(10, ChronoUnit.MINUTES)), userId);
        vn.dti.dashboard.testsupport.TestAccounts.changedAccounts(jdbc);
        assertThat(apiError(USER, PASSWORD)).isEqualTo("account_locked");

        asAdmin(() -> accounts.resetPassword(userId, "mat-khau-Moi-7", Messages.VIETNAMESE));

        assertThat(apiError(USER, "mat-khau-Moi-7")).isEqualTo("ok");
        assertThat(apiError(USER, PASSWORD)).isEqualTo("unauthorized");
        assertThat(jdbc.queryForMap("select action, detail from audit_entry where action = 'PASSWORD_RESET'"))
                .containsEntry("DETAIL", null);
        assertThatThrownBy(() -> asAdmin(() -> accounts.resetPassword(userId, "short1", Messages.VIETNAMESE)))
                .isInstanceOf(ApiException.class).hasMessage("Chưa lưu tài khoản vì có 1 lỗi.");
    }

    @Test
    void an_administrator_lifts_a_lock_before_its_15_minutes() throws Exception {
        jdbc.update("update user_account set locked_until = ?, failed_logins = 0 where id = ?",
                Timestamp.from(Instant.now().plus(10, ChronoUnit.MINUTES)), userId);
        vn.dti.dashboard.testsupport.TestAccounts.changedAccounts(jdbc);
        assertThat(asAdmin(() -> accounts.account(userId)).orElseThrow().lockedUntil()).isNotNull();
        asAdmin(() -> accounts.unlock(userId, Messages.VIETNAMESE));
        assertThat(apiError(USER, PASSWORD)).isEqualTo("ok");
        assertThat(audit()).contains("admin ACCOUNT_UNLOCKED doi.quyen");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_user_changes_its_own_password_only_with_the_current_one() throws Exception {
        assertThatThrownBy(() -> as(USER, "LEADER", () -> {
            accounts.changeOwnPassword("not-the-current-1", "ca-nhan-Moi-2025", Messages.VIETNAMESE);
            return null;
        })).isInstanceOfSatisfying(ApiException.class, e -> assertThat((List<Object>) e.details())
                .containsExactly(new AccountProblem("currentPassword", "Mật khẩu hiện tại không đúng.")));
        assertThatThrownBy(() -> as(USER, "LEADER", () -> {
            accounts.changeOwnPassword(PASSWORD, PASSWORD, Messages.VIETNAMESE);
            return null;
        })).isInstanceOfSatisfying(ApiException.class, e -> assertThat((List<Object>) e.details())
                .containsExactly(new AccountProblem("password", "Mật khẩu mới phải khác mật khẩu hiện tại.")));
        assertThatThrownBy(() -> as(USER, "LEADER", () -> {
            accounts.changeOwnPassword(PASSWORD, "doi.quyen-2025", Messages.VIETNAMESE);
            return null;
        })).isInstanceOfSatisfying(ApiException.class, e -> assertThat((List<Object>) e.details())
                .containsExactly(new AccountProblem("password", "Mật khẩu không được chứa tên đăng nhập.")));

        as(USER, "LEADER", () -> {
            accounts.changeOwnPassword(PASSWORD, "ca-nhan-Moi-2025", Messages.VIETNAMESE);
            return null;
        });
        assertThat(apiError(USER, "ca-nhan-Moi-2025")).isEqualTo("ok");
        assertThat(apiError(USER, PASSWORD)).isEqualTo("unauthorized");
        assertThat(audit()).containsExactly("doi.quyen PASSWORD_CHANGED doi.quyen",
                "doi.quyen LOGIN_FAILED doi.quyen");
    }

    @Test
    void an_admin_cannot_demote_or_disable_itself_and_the_last_admin_stays() throws Exception {
        long adminId = jdbc.queryForObject("select id from user_account where username = 'admin'", Long.class);
        assertThatThrownBy(() -> asAdmin(() -> accounts.setEnabled(adminId, false, Messages.VIETNAMESE)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.error()).isEqualTo("own_account"));
        assertThatThrownBy(() -> asAdmin(() -> accounts.changeRole(adminId, Role.LEADER, List.of(),
                Messages.VIETNAMESE))).isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.error()).isEqualTo("own_account"));
        // An administrator who is not "admin" (here one with no account of its own) meets the last-admin rule.
        assertThatThrownBy(() -> as("root", "ADMIN", () -> accounts.setEnabled(adminId, false, Messages.VIETNAMESE)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.error()).isEqualTo("last_admin");
                    assertThat(e.getMessage()).isEqualTo("Phải còn ít nhất một tài khoản quản trị đang hoạt động.");
                });
        assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, adminId))
                .isTrue();
    }

    @Test
    void only_an_admin_may_change_accounts() {
        for (String role : List.of("LEADER", "ANALYST", "REPORTER")) {
            assertThatThrownBy(() -> as("someone", role, () -> accounts.accounts()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as("someone", role, () -> accounts.setEnabled(userId, false,
                    Messages.VIETNAMESE))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as("someone", role, () -> accounts.resetPassword(userId, "abcdefgh1234",
                    Messages.VIETNAMESE))).isInstanceOf(AccessDeniedException.class);
        }
        Map<String, Object> unchanged = jdbc.queryForMap("select enabled, role from user_account where id = ?", userId);
        assertThat(unchanged).containsEntry("ENABLED", true).containsEntry("ROLE", "LEADER");
    }
}
