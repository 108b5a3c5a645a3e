package vn.dti.dashboard.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dti.dashboard.reporting.ReportWorkbooks.codeValueReport;
import static vn.dti.dashboard.reporting.ReportWorkbooks.workbook;

import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.dti.dashboard.testsupport.IntegrationTest;

/**
 * {@code POST/GET /api/v1/submissions} exactly as the API contract says, through the real security chain
 * and the real H2 database. Months of 2021 (before the demo reports) keep the tests independent.
 */
class SubmissionApiTest extends IntegrationTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    static RequestPostProcessor admin() {
        return httpBasic("admin", ADMIN_PASSWORD);
    }

    static MockMultipartHttpServletRequestBuilder upload(String fileName, byte[] content) {
        return multipart("/api/v1/submissions").file(new MockMultipartFile("file", fileName, XLSX, content));
    }

    int rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    @Test
    void a_valid_workbook_answers_201_and_stores_the_exact_values_with_their_cells() throws Exception {
        byte[] file = workbook().sheet("Biểu 01", codeValueReport("08707", "Tháng 01/2021", new Object[][] {
            {"DOSSIERS_RECEIVED", "1.245"},
            {"DOSSIERS_RECEIVED_ONLINE", 512},
            {"DOSSIERS_ONLINE_RATE", new ReportWorkbooks.Percent(0.4112)},
            {"CDT_MEMBERS", "9.880 thành viên"},
            {"HOUSEHOLDS_FTTH", ""}})).xlsx();

        String body = mvc.perform(upload("BC_CDS_T01_2021_TichSon.xlsx", file).with(admin()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.unitCode").value("08707"))
                .andExpect(jsonPath("$.period").value("2021-01"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.valuesAccepted").value(4))
                .andExpect(jsonPath("$.warnings[0].sheet").value("Biểu 01"))
                .andExpect(jsonPath("$.warnings[0].cell").value("D9"))
                .andExpect(jsonPath("$.warnings[0].indicator").value("CDT_MEMBERS"))
                .andExpect(jsonPath("$.id").isNumber())
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));

        assertThat(jdbc.queryForList("select indicator_code, amount, sheet_name, cell_ref from report_value "
                + "where submission_id = ? order by cell_ref", id)).extracting(r -> r.get("INDICATOR_CODE") + " "
                        + new java.math.BigDecimal(r.get("AMOUNT").toString()).stripTrailingZeros().toPlainString() + " "
                        + r.get("SHEET_NAME") + "!" + r.get("CELL_REF"))
                .containsExactly("DOSSIERS_RECEIVED 1245 Biểu 01!D6", "DOSSIERS_RECEIVED_ONLINE 512 Biểu 01!D7",
                        "DOSSIERS_ONLINE_RATE 41.12 Biểu 01!D8", "CDT_MEMBERS 9880 Biểu 01!D9");
        mvc.perform(get("/api/v1/submissions").param("unit", "08707").param("period", "2021-01").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].version").value(1))
                .andExpect(jsonPath("$[0].submittedBy").value("admin"))
                .andExpect(jsonPath("$[0].fileName").value("BC_CDS_T01_2021_TichSon.xlsx"))
                .andExpect(jsonPath("$[0].sha256").value(UploadFiles.sha256(file)))
                .andExpect(jsonPath("$[0].valuesAccepted").value(4))
                .andExpect(jsonPath("$[0].submittedAt").isString());
        mvc.perform(get("/api/v1/submissions/{id}/file", id).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().bytes(file));
        // Plain JSON numbers: 9880, not 9.88E+3 (numeric(24,6) without its trailing zeros has a negative scale).
        String values = mvc.perform(get("/api/v1/submissions/{id}/values", id).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.indicator == 'CDT_MEMBERS')].cell").value("D9"))
                .andReturn().getResponse().getContentAsString();
        assertThat(java.util.regex.Pattern.compile("\"indicator\":\"(\\w+)\"[^}]*\"number\":([^,}]+)")
                .matcher(values).results().map(m -> m.group(1) + "=" + m.group(2)).toList())
                .containsExactlyInAnyOrder("DOSSIERS_RECEIVED=1245", "DOSSIERS_RECEIVED_ONLINE=512",
                        "DOSSIERS_ONLINE_RATE=41.12", "CDT_MEMBERS=9880");
    }

    @Test
    void an_invalid_workbook_answers_422_with_every_cell_and_stores_nothing() throws Exception {
        byte[] file = workbook().sheet("Biểu 01", codeValueReport("08707", "Tháng 02/2021", new Object[][] {
            {"DOSSIERS_RECEIVED", "khoảng mười"},
            {"CDT_TEAMS", -3},
            {"DOSSIERS_ONLINE_RATE", "120%"},
            {"NOT_A_CODE", 5}})).xlsx();
        int submissions = rows("submission");
        int values = rows("report_value");

        mvc.perform(upload("bc.xlsx", file).with(admin()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").value("invalid_report"))
                .andExpect(jsonPath("$.message").value(
                        "Báo cáo chưa được lưu vì có 4 lỗi; hãy sửa các ô dưới đây rồi nộp lại."))
                .andExpect(jsonPath("$.details.length()").value(4))
                .andExpect(jsonPath("$.details[?(@.cell == 'D6')].indicator").value("DOSSIERS_RECEIVED"))
                .andExpect(jsonPath("$.details[?(@.cell == 'D6')].sheet").value("Biểu 01"))
                .andExpect(jsonPath("$.details[?(@.cell == 'D6')].message").value(
                        "Không đọc được số từ «khoảng mười». Hãy nhập một con số theo cách viết Việt Nam, ví dụ 1.240.500 hoặc 10,38."))
                .andExpect(jsonPath("$.details[?(@.cell == 'D7')].message").value("Số liệu không được âm: -3."))
                .andExpect(jsonPath("$.details[?(@.cell == 'D8')].message").value(
                        "Tỷ lệ không được vượt quá 100 %: 120 %."))
                .andExpect(jsonPath("$.details[?(@.cell == 'B9')].message",
                        Matchers.hasItem(Matchers.containsString("NOT_A_CODE"))));

        assertThat(rows("submission")).isEqualTo(submissions);
        assertThat(rows("report_value")).isEqualTo(values);
    }

    @Test
    void the_same_file_again_answers_200_duplicate_and_a_corrected_file_is_version_2() throws Exception {
        byte[] first = workbook().sheet("Biểu 01", codeValueReport("08710", "Tháng 03/2021",
                new Object[][] {{"CDT_TEAMS", 5}})).xlsx();
        String created = mvc.perform(upload("a.xlsx", first).with(admin())).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String id = created.replaceAll(".*\"id\":(\\d+).*", "$1");
        int before = rows("submission");

        mvc.perform(upload("a (1).xlsx", first).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.duplicate").value(true))
                .andExpect(jsonPath("$.id").value(Long.parseLong(id)))
                .andExpect(jsonPath("$.unitCode").value("08710"))
                .andExpect(jsonPath("$.period").value("2021-03"))
                .andExpect(jsonPath("$.version").value(1));
        assertThat(rows("submission")).isEqualTo(before);

        byte[] corrected = workbook().sheet("Biểu 01", codeValueReport("08710", "Tháng 03/2021",
                new Object[][] {{"CDT_TEAMS", 6}})).xlsx();
        mvc.perform(upload("a-sua.xlsx", corrected).with(admin()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(2));
        mvc.perform(get("/api/v1/submissions").param("unit", "08710").param("period", "2021-03").with(admin()))
                .andExpect(jsonPath("$[*].version", Matchers.contains(2, 1)))
                .andExpect(jsonPath("$[*].fileName", Matchers.contains("a-sua.xlsx", "a.xlsx")));
    }

    @Test
    void a_multi_unit_workbook_is_all_or_nothing() throws Exception {
        byte[] good = workbook()
                .sheet("Tích Sơn", codeValueReport("08707", "Tháng 04/2021", new Object[][] {{"CDT_TEAMS", 4}}))
                .sheet("Liên Bảo", codeValueReport("Phường Liên Bảo", "Tháng 04/2021", new Object[][] {{"CDT_TEAMS", 7}}))
                .xlsx();
        mvc.perform(upload("hai-don-vi.xlsx", good).with(admin()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.submissions.length()").value(2))
                .andExpect(jsonPath("$.submissions[*].unitCode", Matchers.contains("08707", "08710")))
                .andExpect(jsonPath("$.submissions[*].version", Matchers.contains(1, 1)))
                .andExpect(jsonPath("$.submissions[*].valuesAccepted", Matchers.contains(1, 1)));

        int before = rows("submission");
        byte[] oneBad = workbook()
                .sheet("Tích Sơn", codeValueReport("08707", "Tháng 05/2021", new Object[][] {{"CDT_TEAMS", 4}}))
                .sheet("Liên Bảo", codeValueReport("08710", "Tháng 05/2021", new Object[][] {{"CDT_TEAMS", "x4"}}))
                .xlsx();
        mvc.perform(upload("hai-don-vi-loi.xlsx", oneBad).with(admin()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.details[0].sheet").value("Liên Bảo"))
                .andExpect(jsonPath("$.details[0].cell").value("D6"));
        assertThat(rows("submission")).isEqualTo(before);
    }

    @Test
    void the_unit_and_period_fields_stand_in_when_the_sheet_does_not_say() throws Exception {
        Object[][] rows = {{"STT", "Mã", "Chỉ tiêu", "Thực hiện"}, {1, "CDT_TEAMS", "Số tổ", 3}};
        byte[] file = workbook().sheet("Sheet1", rows).xlsx();

        mvc.perform(upload("khong-tieu-de.xlsx", file).with(admin()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.details[*].message", Matchers.hasItem(Matchers.startsWith(
                        "Không rõ kỳ báo cáo"))));
        mvc.perform(upload("khong-tieu-de.xlsx", file).param("unit", "08713").param("period", "2021-06").with(admin()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.unitCode").value("08713"))
                .andExpect(jsonPath("$.period").value("2021-06"));
    }

    @Test
    void hostile_and_foreign_files_get_a_specific_4xx_and_store_nothing() throws Exception {
        int before = rows("submission");
        mvc.perform(upload("bao-cao.xlsx", "code,value\nCDT_TEAMS,3\n".getBytes(StandardCharsets.UTF_8)).with(admin()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.error").value("unsupported_file"));
        mvc.perform(upload("rong.xlsx", new byte[0]).with(admin()))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.message").isString());
        byte[] valid = workbook().sheet("Biểu 01", codeValueReport("08707", "Tháng 07/2021",
                new Object[][] {{"CDT_TEAMS", 5}})).xlsx();
        mvc.perform(upload("cut.xlsx", java.util.Arrays.copyOf(valid, valid.length / 2)).with(admin()))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.error").value(Matchers.oneOf("invalid_file", "unsupported_file")));
        mvc.perform(upload("lon.xlsx", new byte[ReportUpload.MAX_BYTES + 1]).with(admin()))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.error").value("file_too_large"));
        assertThat(rows("submission")).isEqualTo(before);
    }

    @Test
    void a_reader_gets_403_and_a_locked_month_409() throws Exception {
        byte[] file = workbook().sheet("Biểu 01", codeValueReport("08707", "Tháng 08/2021",
                new Object[][] {{"CDT_TEAMS", 5}})).xlsx();
        mvc.perform(upload("bc.xlsx", file).with(httpBasic("lanhdao", DEMO_PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));

        jdbc.update("insert into reporting_period_lock (period, locked_by, locked_at, reason) values "
                + "('2021-08', 'admin', current_timestamp, 'chốt số liệu')");
        try {
            mvc.perform(upload("bc.xlsx", file).with(admin()))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.error").value("period_locked"))
                    .andExpect(jsonPath("$.details[0].message").value("Tháng 8/2021 đã khóa sổ, không nhận thêm báo cáo."));
        } finally {
            jdbc.update("delete from reporting_period_lock where period = '2021-08'");
        }
    }

    @Test
    void versions_of_an_unknown_unit_answer_404_and_a_bad_period_400() throws Exception {
        mvc.perform(get("/api/v1/submissions").param("unit", "99999").param("period", "2021-01").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"));
        mvc.perform(get("/api/v1/submissions").param("unit", "08707").param("period", "2021-13").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"));
    }
}
