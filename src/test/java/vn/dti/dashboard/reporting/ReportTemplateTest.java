package vn.dti.dashboard.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.web.servlet.MockMvc;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.testsupport.IntegrationTest;

/**
 * {@code GET /api/v1/templates} through the real security chain and database, the workbook read back with POI,
 * and a filled template uploaded again. Months of 2021–2022 (before the demo reports) keep the tests independent.
 */
class ReportTemplateTest extends IntegrationTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    MockMvc mvc;
    @Autowired
    SubmissionService submissions;
    @Autowired
    JdbcTemplate jdbc;

    final DataFormatter formatter = new DataFormatter(Locale.US);

    byte[] download(String unit, String period) throws Exception {
        return mvc.perform(get("/api/v1/templates").param("unit", unit).param("period", period)
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XLSX))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"MauBaoCao_CDS_" + unit + "_" + period + ".xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();
    }

    XSSFWorkbook workbook(String unit, String period) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(download(unit, period)));
    }

    String text(XSSFSheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null || r.getCell(column) == null ? "" : formatter.formatCellValue(r.getCell(column));
    }

    /** Indicator code to its sheet row (0-based), for the rows of the table. */
    Map<String, Integer> indicatorRows(XSSFSheet sheet) {
        Map<String, Integer> rows = new HashMap<>();
        for (int r = 9; r <= sheet.getLastRowNum(); r++) {
            String code = text(sheet, r, 1);
            if (code.matches("[A-Z][A-Z0-9_]+")) {
                rows.put(code, r);
            }
        }
        return rows;
    }

    void submitAsAdmin(FormEntry entry) {
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", "n/a", AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            submissions.submitForm(entry, Messages.VIETNAMESE);
        } finally {
            security.clearContext();
        }
    }

    @Test
    void a_commune_template_has_the_header_its_35_entered_indicators_and_last_months_values() throws Exception {
        submitAsAdmin(new FormEntry("08716", "2021-10", Map.of("CDT_TEAMS", new BigDecimal(12),
                "DOSSIERS_RECEIVED", new BigDecimal(1245))));
        submitAsAdmin(new FormEntry("08716", "2021-11", Map.of("CDT_MEMBERS", new BigDecimal(96))));

        try (XSSFWorkbook workbook = workbook("08716", "2021-11")) {
            XSSFSheet sheet = workbook.getSheet("Báo cáo");
            assertThat(text(sheet, 0, 0)).isEqualTo("UBND THÀNH PHỐ VĨNH YÊN");
            assertThat(text(sheet, 1, 0)).isEqualTo("UBND PHƯỜNG ĐỐNG ĐA");
            assertThat(text(sheet, 3, 0)).isEqualTo("BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ");
            assertThat(text(sheet, 4, 0)).isEqualTo("Đơn vị báo cáo: 08716 - Phường Đống Đa");
            assertThat(text(sheet, 5, 0)).isEqualTo("Kỳ báo cáo: Tháng 11/2021");
            assertThat(text(sheet, 0, 9)).isEqualTo("DTI_TEMPLATE v1");
            assertThat(sheet.isColumnHidden(9)).isTrue();
            List<String> header = new ArrayList<>();
            for (int c = 0; c <= 7; c++) {
                header.add(text(sheet, 8, c));
            }
            assertThat(header).containsExactly("STT", "Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính", "Tháng trước",
                    "Số liệu", "Ghi chú", "");

            Map<String, Integer> rowOf = indicatorRows(sheet);
            List<String> sections = new ArrayList<>();
            for (int r = 9; r <= sheet.getLastRowNum(); r++) {
                if (text(sheet, r, 0).matches("[IVX]+")) {
                    sections.add(text(sheet, r, 0) + " " + text(sheet, r, 2));
                }
            }
            // The catalogue's commune level: 35 entered (non-ratio) indicators; the ratios are computed.
            assertThat(rowOf).hasSize(35).containsKeys("DOSSIERS_RECEIVED", "CDT_TEAMS", "EID_ACTIVATED",
                    "HOUSEHOLDS_TOTAL", "COMMUNES_TOTAL");
            assertThat(rowOf).doesNotContainKeys("DOSSIERS_ONLINE_RATE", "EID_ACTIVATION_RATE", "GRDP",
                    "DT_STEERING_MEETINGS");
            assertThat(sections).containsExactly("I NHẬN THỨC SỐ", "II HẠ TẦNG SỐ", "III NHÂN LỰC SỐ",
                    "IV CHÍNH QUYỀN SỐ", "V KINH TẾ SỐ", "VI XÃ HỘI SỐ");

            int teams = rowOf.get("CDT_TEAMS");
            int dossiers = rowOf.get("DOSSIERS_RECEIVED");
            int members = rowOf.get("CDT_MEMBERS");
            assertThat(List.of(text(sheet, teams, 2), text(sheet, teams, 3), text(sheet, teams, 4),
                    text(sheet, teams, 5))).containsExactly("Số Tổ công nghệ số cộng đồng", "tổ", "12", "");
            assertThat(List.of(text(sheet, dossiers, 3), text(sheet, dossiers, 4)))
                    .containsExactly("hồ sơ", "1,245");
            assertThat(sheet.getRow(dossiers).getCell(4).getNumericCellValue()).isEqualTo(1245.0);
            assertThat(sheet.getRow(members).getCell(5).getNumericCellValue()).isEqualTo(96.0);
            assertThat(sheet.getRow(members).getCell(4).getCellType()).isEqualTo(CellType.BLANK);
            int eid = rowOf.get("EID_ACTIVATED");
            assertThat(sheet.getRow(eid).getCell(4).getCellType()).isEqualTo(CellType.BLANK);

            assertThat(sheet.getProtect()).isTrue();
            for (int c = 0; c <= 6; c++) {
                assertThat(sheet.getRow(teams).getCell(c).getCellStyle().getLocked()).as("column %d", c)
                        .isEqualTo(c != 5 && c != 6);
            }
            List<XSSFDataValidation> validations = sheet.getDataValidations();
            assertThat(validations).hasSize(1); // a commune enters counts only
            DataValidationConstraint whole = validations.getFirst().getValidationConstraint();
            assertThat(whole.getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
            assertThat(whole.getOperator()).isEqualTo(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL);
            assertThat(whole.getFormula1()).isEqualTo("0");
            List<String> cells = new ArrayList<>();
            for (CellRangeAddress range : validations.getFirst().getRegions().getCellRangeAddresses()) {
                cells.add(range.formatAsString());
            }
            assertThat(cells).hasSize(35).contains("F" + (teams + 1), "F" + (dossiers + 1));
            assertThat(cells).allMatch(cell -> cell.matches("F\\d+"));

            // The guide sheet defines each indicator with the catalogue's short definition.
            XSSFSheet guide = workbook.getSheet("Hướng dẫn");
            Map<String, String> definitions = new HashMap<>();
            for (int r = 0; r <= guide.getLastRowNum(); r++) {
                definitions.put(text(guide, r, 0), text(guide, r, 2));
            }
            assertThat(definitions).containsEntry("CDT_TEAMS", "Số Tổ công nghệ số cộng đồng đang hoạt động trên "
                    + "địa bàn tại cuối tháng (cấp xã và cấp thôn, tổ dân phố).");
            assertThat(definitions.keySet()).containsAll(rowOf.keySet());
        }
    }

    @Test
    void a_district_template_says_its_figures_are_its_own_part_only() throws Exception {
        try (XSSFWorkbook workbook = workbook("243", "2021-11")) {
            XSSFSheet sheet = workbook.getSheet("Báo cáo");
            assertThat(text(sheet, 0, 0)).isEqualTo("UBND TỈNH VĨNH PHÚC");
            assertThat(text(sheet, 4, 0)).isEqualTo("Đơn vị báo cáo: 243 - Thành phố Vĩnh Yên");
            assertThat(text(sheet, 6, 0)).isEqualTo("Số liệu riêng của đơn vị, không gồm đơn vị cấp dưới; "
                    + "để trống nếu không có. Số tổng hợp do hệ thống tự tính.");
            int meetings = indicatorRows(sheet).get("DT_STEERING_MEETINGS");
            assertThat(text(sheet, meetings, 2)).isEqualTo("Số cuộc họp của Ban Chỉ đạo chuyển đổi số "
                    + "(riêng của đơn vị, không gồm đơn vị cấp dưới)");
        }
    }

    @Test
    void a_department_reports_under_the_provincial_peoples_committee() throws Exception {
        try (XSSFWorkbook workbook = workbook("26-STTTT", "2021-11")) {
            XSSFSheet sheet = workbook.getSheet("Báo cáo");
            assertThat(text(sheet, 0, 0)).isEqualTo("UBND TỈNH VĨNH PHÚC");
            assertThat(text(sheet, 1, 0)).isEqualTo("SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH VĨNH PHÚC");
            assertThat(indicatorRows(sheet)).containsKeys("DT_STEERING_MEETINGS", "OPS_PROVIDED")
                    .doesNotContainKeys("HOUSEHOLDS_TOTAL", "OPS_NATIONAL_PORTAL_RATE");
        }
    }

    @Test
    void a_filled_template_uploads_with_its_values_from_the_value_column() throws Exception {
        byte[] filled;
        int teams;
        int dossiers;
        try (XSSFWorkbook workbook = workbook("08719", "2022-03")) {
            XSSFSheet sheet = workbook.getSheet("Báo cáo");
            Map<String, Integer> rowOf = indicatorRows(sheet);
            teams = rowOf.get("CDT_TEAMS");
            dossiers = rowOf.get("DOSSIERS_RECEIVED");
            sheet.getRow(teams).getCell(5).setCellValue(7);
            sheet.getRow(teams).getCell(6).setCellValue("Gồm 6 tổ thôn và 1 tổ phường");
            sheet.getRow(dossiers).getCell(5).setCellValue(1320);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }
        String body = mvc.perform(multipart("/api/v1/submissions")
                        .file(new MockMultipartFile("file", "MauBaoCao_CDS_08719_2022-03.xlsx", XLSX, filled))
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.unitCode").value("08719"))
                .andExpect(jsonPath("$.period").value("2022-03"))
                .andExpect(jsonPath("$.valuesAccepted").value(2))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));

        assertThat(jdbc.queryForList("select indicator_code, amount, sheet_name, cell_ref from report_value "
                        + "where submission_id = ? order by indicator_code", id))
                .extracting(r -> r.get("INDICATOR_CODE") + " "
                        + new BigDecimal(r.get("AMOUNT").toString()).stripTrailingZeros().toPlainString() + " "
                        + r.get("SHEET_NAME") + "!" + r.get("CELL_REF"))
                .containsExactly("CDT_TEAMS 7 Báo cáo!F" + (teams + 1),
                        "DOSSIERS_RECEIVED 1320 Báo cáo!F" + (dossiers + 1));

        try (XSSFWorkbook again = workbook("08719", "2022-03")) {
            XSSFSheet sheet = again.getSheet("Báo cáo");
            assertThat(sheet.getRow(teams).getCell(5).getNumericCellValue()).isEqualTo(7.0);
            assertThat(sheet.getRow(dossiers).getCell(5).getNumericCellValue()).isEqualTo(1320.0);
        }
    }

    @Test
    void bad_requests_answer_in_the_contract_format() throws Exception {
        mvc.perform(get("/api/v1/templates").param("unit", "99999").param("period", "2021-11")
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/json"))
                .andExpect(jsonPath("$.error").value("not_found"))
                .andExpect(jsonPath("$.message").isString());
        mvc.perform(get("/api/v1/templates").param("unit", "08716").param("period", "2024-13")
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"))
                .andExpect(jsonPath("$.message").value(
                        "Kỳ báo cáo «2024-13» không hợp lệ; hãy dùng dạng YYYY-MM, ví dụ 2024-03."));
        mvc.perform(get("/api/v1/templates").param("unit", "08716").param("period", "2021-11"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/templates").param("unit", "08716").param("period", "2021-11")
                        .with(httpBasic("lanhdao", DEMO_PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));
    }
}
