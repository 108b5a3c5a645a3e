package vn.dti.dashboard.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static vn.dti.dashboard.reporting.ReportWorkbooks.codeValueReport;
import static vn.dti.dashboard.reporting.ReportWorkbooks.workbook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dti.dashboard.shared.DtiProperties;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.shared.api.ApiException;
import vn.dti.dashboard.shared.period.ReportingPeriod;
import vn.dti.dashboard.testsupport.IntegrationTest;
import vn.dti.dashboard.testsupport.TestAccounts;

/**
 * A locked month refuses every upload and web-form entry, an ADMIN's too, with 409 and a Vietnamese message,
 * and stores nothing (rows and kept files counted before and after); only an ADMIN unlocks, and only with a
 * reason; then the same file is accepted. The audit trail has the lock, each refusal with the file's SHA-256
 * and the user, the unlock with its reason, and the accepted submission. Months of 2018 are this test's own.
 */
class PeriodLockAuditTest extends IntegrationTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String REPORTER = "khoa.vinhyen";
    static final String REPORTER_PASSWORD = "khoa-Vinh-Yen-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PeriodLockService locks;
    @Autowired
    SubmissionService submissions;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    DtiProperties properties;

    @BeforeEach
    void reporter() {
        TestAccounts accounts = new TestAccounts(jdbc, passwordEncoder);
        accounts.put(REPORTER, REPORTER_PASSWORD, "REPORTER", List.of(accounts.unitId("243", "2018-01-01")));
    }

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

    Map<String, Integer> counts() throws IOException {
        Path files = Path.of(properties.dataDir()).resolve("submissions");
        int kept;
        if (Files.isDirectory(files)) {
            try (Stream<Path> walk = Files.walk(files)) {
                kept = (int) walk.filter(Files::isRegularFile).count();
            }
        } else {
            kept = 0;
        }
        return Map.of("submission", rows("submission"), "report_value", rows("report_value"),
                "submission_warning", rows("submission_warning"), "files", kept);
    }

    int rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    MvcResult upload(byte[] file, String username, String password) throws Exception {
        return mvc.perform(multipart("/api/v1/submissions").file(new MockMultipartFile("file", "BC_T05_2018.xlsx",
                XLSX, file)).with(httpBasic(username, password))).andReturn();
    }

    static JsonNode json(MvcResult result) throws Exception {
        return JsonMapper.builder().build().readTree(result.getResponse().getContentAsString());
    }

    Map<String, Object> lastAudit(String action) {
        return jdbc.queryForMap("select * from audit_entry where action = ? order by id desc limit 1", action);
    }

    @Test
    void a_locked_month_refuses_everyone_stores_nothing_and_only_an_admin_unlocks_it_with_a_reason() throws Exception {
        ReportingPeriod may = ReportingPeriod.parse("2018-05");
        byte[] file = workbook().sheet("Biểu 01", codeValueReport("08707", "Tháng 05/2018",
                new Object[][] {{"CDT_TEAMS", 6}, {"DOSSIERS_RECEIVED", 410}})).xlsx();
        String sha = UploadFiles.sha256(file);
        as("admin", "ADMIN", () -> locks.lock(may, "Đã chốt số liệu tháng 5", Messages.VIETNAMESE));
        assertThat(lastAudit("PERIOD_LOCKED")).containsEntry("USERNAME", "admin").containsEntry("OBJECT_TYPE", "PERIOD")
                .containsEntry("OBJECT_ID", "2018-05").containsEntry("DETAIL", "Đã chốt số liệu tháng 5")
                .containsEntry("RESULT", "SUCCESS");

        Map<String, Integer> before = counts();
        for (String[] user : List.of(new String[] {"admin", ADMIN_PASSWORD},
                new String[] {REPORTER, REPORTER_PASSWORD})) {
            MvcResult refused = upload(file, user[0], user[1]);
            assertThat(refused.getResponse().getStatus()).isEqualTo(409);
            JsonNode body = json(refused);
            assertThat(body.path("error").asString()).isEqualTo("period_locked");
            assertThat(body.path("message").asString())
                    .isEqualTo("Kỳ báo cáo đã khóa sổ; liên hệ quản trị viên nếu cần mở lại.");
            assertThat(body.path("details").get(0).path("message").asString())
                    .isEqualTo("Tháng 5/2018 đã khóa sổ, không nhận thêm báo cáo.");
            assertThat(lastAudit("SUBMISSION_REFUSED")).containsEntry("USERNAME", user[0])
                    .containsEntry("OBJECT_TYPE", "FILE").containsEntry("OBJECT_ID", "BC_T05_2018.xlsx")
                    .containsEntry("RESULT", "FAILURE")
                    .hasEntrySatisfying("DETAIL", d -> assertThat(d.toString()).startsWith("period_locked (409): ")
                            .contains("sha256 " + sha));
        }
        assertThatThrownBy(() -> as("admin", "ADMIN", () -> submissions.submitForm(new FormEntry("08707", "2018-05",
                Map.of("CDT_TEAMS", BigDecimal.TEN)), Messages.VIETNAMESE)))
                .isInstanceOfSatisfying(SubmissionRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.PERIOD_LOCKED));
        assertThat(lastAudit("SUBMISSION_REFUSED")).containsEntry("OBJECT_TYPE", "FORM").containsEntry("OBJECT_ID", null);
        assertThat(counts()).as("nothing stored, no file kept").isEqualTo(before);

        assertThatThrownBy(() -> as("lanhdao", "LEADER", () -> {
            locks.unlock(may, "muốn sửa", Messages.VIETNAMESE);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(REPORTER, "REPORTER", () -> {
            locks.unlock(may, "muốn sửa", Messages.VIETNAMESE);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("admin", "ADMIN", () -> {
            locks.unlock(may, "  ", Messages.VIETNAMESE);
            return null;
        })).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.getMessage()).isEqualTo("Hãy ghi lý do khóa hoặc mở khóa sổ."));
        assertThat(locks.lockOf(may)).as("still locked").isPresent();

        as("admin", "ADMIN", () -> {
            locks.unlock(may, "Xã Tích Sơn nộp bổ sung theo công văn 15/UBND", Messages.VIETNAMESE);
            return null;
        });
        assertThat(lastAudit("PERIOD_UNLOCKED")).containsEntry("USERNAME", "admin").containsEntry("OBJECT_ID", "2018-05")
                .containsEntry("DETAIL", "Xã Tích Sơn nộp bổ sung theo công văn 15/UBND");

        MvcResult accepted = upload(file, REPORTER, REPORTER_PASSWORD);
        assertThat(accepted.getResponse().getStatus()).isEqualTo(201);
        long id = json(accepted).path("id").asLong();
        assertThat(counts().get("submission")).isEqualTo(before.get("submission") + 1);
        assertThat(lastAudit("SUBMISSION_ACCEPTED")).containsEntry("USERNAME", REPORTER)
                .containsEntry("OBJECT_TYPE", "SUBMISSION").containsEntry("OBJECT_ID", String.valueOf(id))
                .containsEntry("RESULT", "SUCCESS")
                .hasEntrySatisfying("DETAIL", d -> assertThat(d.toString()).startsWith("đơn vị 08707 [id ")
                        .contains("kỳ 2018-05, phiên bản 1, 2 chỉ tiêu, kênh API, tệp BC_T05_2018.xlsx, sha256 " + sha));
    }

    @Test
    void a_reporter_crafting_an_upload_for_another_unit_gets_403_before_the_lock_and_it_is_audited() throws Exception {
        ReportingPeriod june = ReportingPeriod.parse("2018-06");
        as("admin", "ADMIN", () -> locks.lock(june, "Đã chốt số liệu tháng 6", Messages.VIETNAMESE));
        try {
            byte[] other = workbook().sheet("Biểu 01", codeValueReport("08761", "Tháng 06/2018",
                    new Object[][] {{"CDT_TEAMS", 2}})).xlsx();
            Map<String, Integer> before = counts();
            MvcResult refused = upload(other, REPORTER, REPORTER_PASSWORD);
            assertThat(refused.getResponse().getStatus()).as("403 comes before 409: nothing learnt about 08761")
                    .isEqualTo(403);
            assertThat(json(refused).path("error").asString()).isEqualTo("forbidden");
            assertThat(counts()).isEqualTo(before);
            assertThat(lastAudit("SUBMISSION_REFUSED")).containsEntry("USERNAME", REPORTER)
                    .hasEntrySatisfying("DETAIL", d -> assertThat(d.toString()).startsWith("forbidden (403): ")
                            .contains("sha256 " + UploadFiles.sha256(other)));
        } finally {
            as("admin", "ADMIN", () -> {
                locks.unlock(june, "hết phép thử", Messages.VIETNAMESE);
                return null;
            });
        }
    }
}
