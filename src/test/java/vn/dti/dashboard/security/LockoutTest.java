package vn.dti.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;
import vn.dti.dashboard.shared.ClockConfiguration;
import vn.dti.dashboard.testsupport.MutableClock;
import vn.dti.dashboard.testsupport.TestAccounts;
import vn.dti.dashboard.testsupport.UseH2;

/**
 * Five wrong passwords in a row lock an account for 15 minutes, through the login form and HTTP Basic alike,
 * on a clock the test moves: the right password is refused while locked (401 {@code account_locked} for the
 * API, the locked reason for the login page), tries during the lock do not extend it, and at minute 15 the
 * account signs in again. Every failure, the lock and the form sign-in are in the audit trail.
 */
@SpringBootTest(properties = {"dti.admin-password=lockout-Admin-1", "dti.demo-data=false",
        "dti.test-context=lockout"})
@UseH2
@AutoConfigureMockMvc
@Import(LockoutTest.FixedClock.class)
class LockoutTest {

    static final Instant START = Instant.parse("2026-11-24T02:00:00Z");
    static final String USER = "khoa.thu";
    static final String PASSWORD = "lockout-Pass-1";

    @TestConfiguration
    static class FixedClock {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(START, ClockConfiguration.VIETNAM);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void freshAccount() {
        clock.set(START);
        new TestAccounts(jdbc, passwordEncoder).put(USER, PASSWORD, "LEADER", List.of());
        jdbc.update("delete from audit_entry");
    }

    int api(String password) throws Exception {
        return mvc.perform(get("/api/v1/indicators").with(httpBasic(USER, password))).andReturn().getResponse()
                .getStatus();
    }

    String apiError(String password) throws Exception {
        String body = mvc.perform(get("/api/v1/indicators").with(httpBasic(USER, password))).andReturn().getResponse()
                .getContentAsString();
        return JsonMapper.builder().build().readTree(body).path("error").asString();
    }

    MvcResult form(String password) throws Exception {
        return mvc.perform(formLogin("/login").user(USER).password(password)).andReturn();
    }

    Map<String, Object> account() {
        return jdbc.queryForMap("select failed_logins, locked_until from user_account where username = ?", USER);
    }

    @Test
    void four_wrong_passwords_then_the_right_one_signs_in_and_the_count_starts_again() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertThat(api("wrong-" + i)).isEqualTo(401);
        }
        assertThat(account().get("FAILED_LOGINS")).isEqualTo(4);
        assertThat(api(PASSWORD)).isEqualTo(200);
        assertThat(account().get("FAILED_LOGINS")).isEqualTo(0);
        for (int i = 0; i < 4; i++) {
            assertThat(api("wrong-" + i)).isEqualTo(401);
        }
        assertThat(api(PASSWORD)).as("4 + 4 failures with a success between lock nothing").isEqualTo(200);
    }

    @Test
    void five_wrong_passwords_lock_the_account_for_15_minutes_even_with_the_right_password() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(apiError("wrong-" + i)).isEqualTo("unauthorized");
        }
        assertThat(((OffsetDateTime) account().get("LOCKED_UNTIL")).toInstant())
                .isEqualTo(START.plus(Duration.ofMinutes(15)));
        assertThat(api(PASSWORD)).isEqualTo(401);
        assertThat(apiError(PASSWORD)).isEqualTo("account_locked");

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(apiError(PASSWORD)).as("still locked at 14:59").isEqualTo("account_locked");
        clock.advance(Duration.ofSeconds(1));
        assertThat(api(PASSWORD)).as("open again at 15:00").isEqualTo(200);
        assertThat(account().get("LOCKED_UNTIL")).isNull();
        assertThat(account().get("FAILED_LOGINS")).isEqualTo(0);
    }

    @Test
    void tries_during_the_lock_do_not_extend_it() throws Exception {
        for (int i = 0; i < 5; i++) {
            api("wrong-" + i);
        }
        clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < 5; i++) {
            assertThat(apiError("wrong-again-" + i)).isEqualTo("account_locked");
        }
        assertThat(((OffsetDateTime) account().get("LOCKED_UNTIL")).toInstant())
                .isEqualTo(START.plus(Duration.ofMinutes(15)));
        clock.advance(Duration.ofMinutes(5));
        assertThat(api(PASSWORD)).isEqualTo(200);
    }

    @Test
    void the_login_form_and_http_basic_count_together_and_the_login_page_learns_why() throws Exception {
        for (int i = 0; i < 3; i++) {
            MvcResult failed = form("wrong-" + i);
            assertThat(failed.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        }
        assertThat(api("wrong-3")).isEqualTo(401);
        assertThat(api("wrong-4")).isEqualTo(401);
        assertThat(account().get("LOCKED_UNTIL")).as("3 form + 2 API failures lock").isNotNull();

        MvcResult locked = form(PASSWORD);
        assertThat(locked.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        MockHttpSession session = (MockHttpSession) locked.getRequest().getSession(false);
        assertThat(session).isNotNull();
        assertThat(session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofMinutes(15));
        MvcResult signedIn = form(PASSWORD);
        assertThat(signedIn.getResponse().getRedirectedUrl()).doesNotContain("error");
    }

    @Test
    void the_audit_trail_has_each_failure_the_lock_and_the_form_sign_in_with_the_user() throws Exception {
        for (int i = 0; i < 5; i++) {
            api("wrong-" + i);
        }
        api(PASSWORD);
        clock.advance(Duration.ofMinutes(15));
        form(PASSWORD);
        api("wrong-for-nobody");
        mvc.perform(get("/api/v1/indicators").with(httpBasic("khong.ai", "x")));

        List<Map<String, Object>> entries = jdbc.queryForList("select username, action, object_id, result, detail "
                + "from audit_entry order by id");
        assertThat(entries).extracting(e -> e.get("USERNAME") + " " + e.get("ACTION") + " " + e.get("RESULT"))
                .containsExactly(
                        "khoa.thu LOGIN_FAILED FAILURE", "khoa.thu LOGIN_FAILED FAILURE",
                        "khoa.thu LOGIN_FAILED FAILURE", "khoa.thu LOGIN_FAILED FAILURE",
                        "khoa.thu LOGIN_FAILED FAILURE", "khoa.thu ACCOUNT_LOCKED FAILURE",
                        "khoa.thu LOGIN_FAILED FAILURE", "khoa.thu LOGIN SUCCESS",
                        "khoa.thu LOGIN_FAILED FAILURE", "khong.ai LOGIN_FAILED FAILURE");
        assertThat(entries.get(0).get("DETAIL").toString()).startsWith("sai tên đăng nhập hoặc mật khẩu");
        assertThat(entries.get(5).get("DETAIL")).isEqualTo("khóa đến 24/11/2026 09:15 sau 5 lần đăng nhập sai liên tiếp");
        assertThat(entries.get(6).get("DETAIL").toString()).startsWith("tài khoản đang bị khóa");
        assertThat(entries).allSatisfy(e -> assertThat(e.get("OBJECT_ID")).isEqualTo(e.get("USERNAME")));
    }
}
