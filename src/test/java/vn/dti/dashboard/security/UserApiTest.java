package vn.dti.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.dti.dashboard.testsupport.IntegrationTest;

/**
 * {@code POST /api/v1/users} as the contract says: 201 with the account; unit codes resolved to the units in
 * force today and kept by id; 400 for a body that is not JSON or lacks a field, 409 for a taken username, 422
 * for every other problem (all listed at once, by field), 403 for anyone but an ADMIN, 401 without
 * credentials. The account created signs in with its role and scope, and the audit trail names who made it.
 */
class UserApiTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    static RequestPostProcessor admin() {
        return httpBasic("admin", ADMIN_PASSWORD);
    }

    ResultActions create(String json, RequestPostProcessor as) throws Exception {
        return mvc.perform(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content(json).with(as));
    }

    @Test
    void an_admin_creates_a_reporter_whose_unit_code_means_the_unit_in_force_today() throws Exception {
        create("""
                {"username":"api.vinhphuc","password":"phuong-Vinh-Phuc-1","role":"REPORTER","unitCodes":["08716"]}""",
                admin())
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/users/")))
                .andExpect(jsonPath("$.username").value("api.vinhphuc"))
                .andExpect(jsonPath("$.role").value("REPORTER"))
                .andExpect(jsonPath("$.unitCodes[0]").value("08716"))
                .andExpect(jsonPath("$.units[0].name").value("Phường Vĩnh Phúc"))
                .andExpect(jsonPath("$.units[0].validFrom").value("2025-07-01"))
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.password").doesNotExist());

        // Stored by the id of today's 08716 (Phường Vĩnh Phúc from 2025-07-01), not of Phường Đống Đa (until 2025-06-30).
        Map<String, Object> stored = jdbc.queryForMap("select u.code, u.name, u.valid_from from user_account a "
                + "join user_account_unit au on au.user_id = a.id join administrative_unit u on u.id = au.unit_id "
                + "where a.username = 'api.vinhphuc'");
        assertThat(stored.get("NAME")).isEqualTo("Phường Vĩnh Phúc");
        assertThat(String.valueOf(stored.get("VALID_FROM"))).isEqualTo("2025-07-01");
        assertThat(jdbc.queryForObject("select password_hash from user_account where username = 'api.vinhphuc'",
                String.class)).startsWith("{bcrypt}").doesNotContain("phuong-Vinh-Phuc-1");

        // The new account signs in and is scoped: its own unit yes, Phường Đống Đa's 2024 reports no.
        mvc.perform(get("/api/v1/submissions").param("unit", "08716").param("period", "2025-08")
                .with(httpBasic("api.vinhphuc", "phuong-Vinh-Phuc-1"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/submissions").param("unit", "08716").param("period", "2024-12")
                .with(httpBasic("api.vinhphuc", "phuong-Vinh-Phuc-1"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));

        assertThat(jdbc.queryForMap("select username, object_type, object_id, result, detail from audit_entry "
                + "where action = 'ACCOUNT_CREATED' and object_id = 'api.vinhphuc'"))
                .containsEntry("USERNAME", "admin").containsEntry("OBJECT_TYPE", "ACCOUNT")
                .containsEntry("RESULT", "SUCCESS")
                .hasEntrySatisfying("DETAIL", d -> assertThat(d.toString()).startsWith("REPORTER: 08716 Phường Vĩnh Phúc"));
    }

    @Test
    void a_leader_and_an_analyst_are_created_without_units() throws Exception {
        create("""
                {"username":"api.lanhdao2","password":"lanh-dao-2-moi","role":"LEADER","unitCodes":[]}""", admin())
                .andExpect(status().isCreated()).andExpect(jsonPath("$.units.length()").value(0));
        create("""
                {"username":"api.phantich2","password":"phan-tich-2-moi","role":"ANALYST"}""", admin())
                .andExpect(status().isCreated()).andExpect(jsonPath("$.role").value("ANALYST"));
    }

    @Test
    void a_taken_username_answers_409() throws Exception {
        create("""
                {"username":"lanhdao","password":"another-Pass-9","role":"LEADER"}""", admin())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("username_taken"))
                .andExpect(jsonPath("$.message").value("Tên đăng nhập «lanhdao» đã có người dùng."));
    }

    @Test
    void every_problem_is_listed_at_once_with_its_field_and_answers_422() throws Exception {
        create("""
                {"username":"api.xa","password":"api.xa","role":"REPORTER","unitCodes":["99999","08707"]}""", admin())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").value("invalid_account"))
                .andExpect(jsonPath("$.details.length()").value(4))
                .andExpect(jsonPath("$.details[0].field").value("unitCodes"))
                .andExpect(jsonPath("$.details[0].message").value(org.hamcrest.Matchers.startsWith(
                        "Không có đơn vị mã «99999» còn hiệu lực ngày")))
                .andExpect(jsonPath("$.details[1].field").value("password"))
                .andExpect(jsonPath("$.details[1].message").value("Mật khẩu phải có ít nhất 10 ký tự."))
                .andExpect(jsonPath("$.details[2].message").value("Mật khẩu phải có cả chữ cái và chữ số."))
                .andExpect(jsonPath("$.details[3].message").value("Mật khẩu không được chứa tên đăng nhập."));
        assertThat(jdbc.queryForObject("select count(*) from user_account where username = 'api.xa'", Integer.class))
                .isZero();
    }

    @Test
    void role_and_unit_mistakes_answer_422_in_vietnamese() throws Exception {
        create("""
                {"username":"api.a","password":"good-Pass-123","role":"MAYOR"}""", admin())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.details[0].field").value("role"))
                .andExpect(jsonPath("$.details[0].message").value(
                        "Vai trò «MAYOR» không có; chọn ADMIN, LEADER, ANALYST hoặc REPORTER."));
        create("""
                {"username":"api.b","password":"good-Pass-123","role":"REPORTER","unitCodes":[]}""", admin())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.details[0].message").value("Báo cáo viên cần ít nhất một đơn vị."));
        create("""
                {"username":"api.c","password":"good-Pass-123","role":"LEADER","unitCodes":["08716"]}""", admin())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.details[0].message").value(
                        "Chỉ báo cáo viên mới gắn với đơn vị; vai trò LEADER xem được mọi đơn vị."));
        create("""
                {"username":"Có Dấu","password":"good-Pass-123","role":"LEADER"}""", admin())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.details[0].field").value("username"));
    }

    @Test
    void a_body_that_is_not_json_or_lacks_fields_answers_400() throws Exception {
        create("{\"username\": ", admin()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"));
        create("""
                {"username":"api.d"}""", admin()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("Thiếu trường bắt buộc: password, role."))
                .andExpect(jsonPath("$.details[0]").value("password"));
    }

    @Test
    void only_an_admin_creates_or_lists_accounts() throws Exception {
        String body = """
                {"username":"api.e","password":"good-Pass-123","role":"LEADER"}""";
        create(body, httpBasic("lanhdao", DEMO_PASSWORD)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));
        create(body, httpBasic("phantich", DEMO_PASSWORD)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.error").value("unauthorized"));
        mvc.perform(get("/api/v1/users").with(httpBasic("lanhdao", DEMO_PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/users").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", org.hamcrest.Matchers.hasItems("admin", "lanhdao", "phantich")))
                .andExpect(jsonPath("$[*].role", org.hamcrest.Matchers.hasItems("ADMIN", "LEADER", "ANALYST")));
        assertThat(jdbc.queryForObject("select count(*) from user_account where username = 'api.e'", Integer.class))
                .isZero();
    }
}
