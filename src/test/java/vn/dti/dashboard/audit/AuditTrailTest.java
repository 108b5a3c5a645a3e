package vn.dti.dashboard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.dti.dashboard.shared.ClockConfiguration;
import vn.dti.dashboard.testsupport.IntegrationTest;

/**
 * The audit trail is append-only and readable by an ADMIN only: nothing in the app can change or remove an
 * entry (no such method in {@link AuditLog} or its repository, no such SQL anywhere in the sources, no such
 * HTTP method on {@code /api/v1/audit}); {@code GET /api/v1/audit} filters by user, action and days and pages,
 * and is in the OpenAPI document.
 */
class AuditTrailTest extends IntegrationTest {

    @Autowired
    AuditLog audit;
    @Autowired
    MockMvc mvc;

    static RequestPostProcessor admin() {
        return httpBasic("admin", ADMIN_PASSWORD);
    }

    @Autowired
    JdbcTemplate jdbc;

    /** The trail cannot be cleaned up between tests (that is the point), so the entries are written once. */
    @BeforeEach
    void entries() {
        if (jdbc.queryForObject("select count(*) from audit_entry where username like 'trail.%'", Integer.class) > 0) {
            return;
        }
        // Users of their own, so other tests' entries in the shared database never match the filters.
        audit.recordAs("trail.a", "EXPORT", "UNIT", "243", "values 2024-12 xlsx", AuditResult.SUCCESS);
        audit.recordAs("trail.a", "EXPORT", "UNIT", "246", "values 2024-12 csv", AuditResult.SUCCESS);
        audit.recordAs("trail.a", "LOGIN_FAILED", "ACCOUNT", "trail.a", "thử", AuditResult.FAILURE);
        audit.recordAs("trail.b", "EXPORT", "UNIT", "26", "brief", AuditResult.SUCCESS);
    }

    @Test
    void the_audit_log_offers_recording_and_reading_only() {
        List<String> publicMethods = Arrays.stream(AuditLog.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName).distinct().sorted().toList();
        assertThat(publicMethods).containsExactly("actions", "record", "recordAll", "recordAs", "search");
        List<String> repositoryMethods = Arrays.stream(AuditRepository.class.getDeclaredMethods())
                .filter(m -> !Modifier.isPrivate(m.getModifiers()) && !m.isSynthetic()).map(Method::getName)
                .distinct().sorted().toList();
        assertThat(repositoryMethods).containsExactly("actions", "count", "find", "insert");
    }

    @Test
    void no_source_file_updates_or_deletes_audit_entries() throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(Path.of("src/main"))) {
            sources = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".java")
                    || p.toString().endsWith(".sql")).toList();
        }
        assertThat(sources).hasSizeGreaterThan(100);
        for (Path source : sources) {
            String text = Files.readString(source, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT)
                    .replaceAll("\\s+", " ");
            assertThat(text).as(source.toString()).doesNotContain("update audit_entry")
                    .doesNotContain("delete from audit_entry").doesNotContain("truncate table audit_entry")
                    .doesNotContain("drop table audit_entry");
        }
    }

    @Test
    void the_api_has_no_way_to_change_or_remove_an_entry() throws Exception {
        mvc.perform(delete("/api/v1/audit").with(admin())).andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.error").value("method_not_allowed"));
        mvc.perform(put("/api/v1/audit").with(admin())).andExpect(status().isMethodNotAllowed());
        mvc.perform(post("/api/v1/audit").with(admin())).andExpect(status().isMethodNotAllowed());
        mvc.perform(delete("/api/v1/audit/1").with(admin())).andExpect(status().isNotFound());
    }

    @Test
    void filters_by_user_action_and_days_combine_and_page() throws Exception {
        String today = LocalDate.now(ClockConfiguration.VIETNAM).toString();
        String tomorrow = LocalDate.now(ClockConfiguration.VIETNAM).plusDays(1).toString();
        mvc.perform(get("/api/v1/audit").param("user", "TRAIL.A").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.entries[0].action").value("LOGIN_FAILED"))
                .andExpect(jsonPath("$.entries[0].result").value("FAILURE"))
                .andExpect(jsonPath("$.entries[2].objectId").value("243"));
        mvc.perform(get("/api/v1/audit").param("user", "trail.").param("action", "EXPORT").with(admin()))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.entries[0].username").value("trail.b"));
        mvc.perform(get("/api/v1/audit").param("user", "trail.").param("action", "EXPORT").param("size", "2")
                .param("page", "1").with(admin()))
                .andExpect(jsonPath("$.total").value(3)).andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.entries.length()").value(1))
                .andExpect(jsonPath("$.entries[0].objectId").value("243"));
        mvc.perform(get("/api/v1/audit").param("user", "trail.").param("from", today).param("to", today)
                .with(admin())).andExpect(jsonPath("$.total").value(4));
        mvc.perform(get("/api/v1/audit").param("user", "trail.").param("from", tomorrow).with(admin()))
                .andExpect(jsonPath("$.total").value(0));
        // % and _ in the filter are matched literally, not as wildcards.
        mvc.perform(get("/api/v1/audit").param("user", "trail_%").with(admin()))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void only_an_admin_reads_it_and_bad_filters_answer_400() throws Exception {
        mvc.perform(get("/api/v1/audit").with(httpBasic("lanhdao", DEMO_PASSWORD))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));
        mvc.perform(get("/api/v1/audit").with(httpBasic("phantich", DEMO_PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/audit").param("size", "501").with(admin())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"));
        mvc.perform(get("/api/v1/audit").param("page", "-1").with(admin())).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/audit").param("from", "2026-11-30").param("to", "2026-11-01").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("Ngày kết thúc đứng trước ngày bắt đầu."));
        mvc.perform(get("/api/v1/audit").param("from", "30/11/2026").with(admin())).andExpect(status().isBadRequest());
    }

    @Test
    void the_audit_and_users_apis_are_in_the_openapi_document() throws Exception {
        mvc.perform(get("/v3/api-docs").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/audit'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/audit'].delete").doesNotExist())
                .andExpect(jsonPath("$.paths['/api/v1/users'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users'].post.responses['422']").exists());
    }
}
