package vn.dti.dashboard.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.web.servlet.MockMvc;
import vn.dti.dashboard.reporting.spreadsheet.ReportTemplateWriter;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.testsupport.IntegrationTest;

/** The template read back with POI: what an official sees, what is locked, what Excel refuses. */
class ReportTemplateTest extends IntegrationTest {

    @Autowired
    SecurityContextHolderStrategy security;

    @Autowired
    MockMvc mvc;
    @Autowired
    SubmissionService submissions;

    final DataFormatter formatter = new DataFormatter();

    XSSFWorkbook download(String unit, String period) throws Exception {
        byte[] bytes = mvc.perform(get("/api/v1/templates").param("unit", unit).param("period", period)
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"MauBaoCao_CDS_" + unit + "_" + period + ".xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    String text(XSSFSheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null || r.getCell(column) == null ? "" : formatter.formatCellValue(r.getCell(column));
    }

    @Test
    void a_commune_template_has_the_header_the_rows_and_last_months_values() throws Exception {
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", "n/a", AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            submissions.submitForm(new FormEntry("08716", "2021-10", Map.of("CDT_TEAMS", new BigDecimal(12),
                    "DOSSIERS_RECEIVED", new BigDecimal(1245))), Messages.VIETNAMESE);
        } finally {
            security.clearContext();
        }

        try (XSSFWorkbook workbook = download("08716", "2021-11")) {
            XSSFSheet sheet = workbook.getSheet("Báo cáo");
            assertThat(text(sheet, 4, 0)).isEqualTo("Đơn vị báo cáo: 08716 - Phường Đống Đa");
            assertThat(text(sheet, 5, 0)).isEqualTo("Kỳ báo cáo: Tháng 11/2021");
            assertThat(text(sheet, 0, ReportTemplateWriter.MARKER_COLUMN)).isEqualTo("DTI_TEMPLATE v1");
            assertThat(sheet.isColumnHidden(ReportTemplateWriter.MARKER_COLUMN)).isTrue();
            List<String> header = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                header.add(text(sheet, 8, c));
            }
            assertThat(header).containsExactly("STT", "Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính", "Tháng trước",
                    "Số liệu", "Ghi chú", "Định nghĩa ngắn");

            List<String> codes = new ArrayList<>();
            List<String> sections = new ArrayList<>();
            Map<String, Integer> rowOf = new java.util.HashMap<>();
            for (int r = 9; r <= sheet.getLastRowNum(); r++) {
                String code = text(sheet, r, 1);
                if (code.matches("[A-Z_]+")) {
                    codes.add(code);
                    rowOf.put(code, r);
                } else if (text(sheet, r, 0).matches("[IVX]+")) {
                    sections.add(text(sheet, r, 0) + " " + text(sheet, r, 2));
                }
            }
            assertThat(codes).hasSize(35).contains("DOSSIERS_RECEIVED", "CDT_TEAMS", "EID_ACTIVATED")
                    .doesNotContain("DOSSIERS_ONLINE_RATE", "EID_ACTIVATION_RATE", "GRDP");
            assertThat(sections).first().isEqualTo("I NHẬN THỨC SỐ");
            assertThat(sections).allMatch(s -> s.matches("[IVX]+ [A-ZÀ-Ỹ ]+"));

            int teams = rowOf.get("CDT_TEAMS");
            assertThat(text(sheet, teams, 3)).isEqualTo("tổ");
            assertThat(sheet.getRow(teams).getCell(4).getNumericCellValue()).isEqualTo(12.0);
            assertThat(sheet.getRow(rowOf.get("DOSSIERS_RECEIVED")).getCell(4).getNumericCellValue()).isEqualTo(1245.0);
            assertThat(sheet.getRow(rowOf.get("DOSSIERS_RECEIVED")).getCell(4).getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0");
            assertThat(sheet.getRow(rowOf.get("EID_ACTIVATED")).getCell(4).getCellType())
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);

            Cell value = sheet.getRow(teams).getCell(5);
            assertThat(value.getCellStyle().getLocked()).isFalse();
            assertThat(sheet.getRow(teams).getCell(6).getCellStyle().getLocked()).isFalse();
            assertThat(sheet.getRow(teams).getCell(1).getCellStyle().getLocked()).isTrue();
            assertThat(sheet.getRow(teams).getCell(4).getCellStyle().getLocked()).isTrue();
            assertThat(sheet.getProtect()).isTrue();

            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertThat(validations).hasSize(35);
            DataValidation teamRule = validations.stream().filter(v -> v.getRegions().getCellRangeAddress(0)
                    .isInRange(teams, 5)).findFirst().orElseThrow();
            assertThat(teamRule.getValidationConstraint().getValidationType())
                    .isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
            assertThat(teamRule.getValidationConstraint().getOperator())
                    .isEqualTo(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL);
            assertThat(teamRule.getValidationConstraint().getFormula1()).isEqualTo("0");
            assertThat(teamRule.getShowErrorBox()).isTrue();
            assertThat(workbook.getSheet("Hướng dẫn")).isNotNull();
        }
    }

    @Test
    void a_district_template_says_its_figures_are_its_own_part_only() throws Exception {
        try (XSSFWorkbook workbook = download("243", "2021-11")) {
            XSSFSheet sheet = workbook.getSheet("Báo cáo");
            assertThat(text(sheet, 6, 0)).startsWith("Số liệu riêng của đơn vị, không gồm đơn vị cấp dưới");
            assertThat(text(sheet, 10, 2)).endsWith("(riêng của đơn vị, không gồm đơn vị cấp dưới)");
        }
    }

    @Test
    void bad_requests_answer_in_the_contract_format() throws Exception {
        mvc.perform(get("/api/v1/templates").param("unit", "99999").param("period", "2021-11")
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"));
        mvc.perform(get("/api/v1/templates").param("unit", "08716").param("period", "2021-13")
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"));
        mvc.perform(get("/api/v1/templates").param("unit", "08716").param("period", "2021-11"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/templates").param("unit", "08716").param("period", "2021-11")
                        .with(httpBasic("lanhdao", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
    }
}
