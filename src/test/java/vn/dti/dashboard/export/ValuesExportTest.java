package vn.dti.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import vn.dti.dashboard.dashboard.DashboardFiles.DashboardFile;
import vn.dti.dashboard.hierarchy.UnitImportService;
import vn.dti.dashboard.reporting.SubmissionService;
import vn.dti.dashboard.rollup.RollupService;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.testsupport.FixtureProvince;
import vn.dti.dashboard.testsupport.TestAccounts;
import vn.dti.dashboard.testsupport.UseH2;

/**
 * The breakdown exports read back: XLSX with numeric cells, number formats, Vietnamese headings, a frozen
 * header and the "Thông tin" sheet; CSV with the BOM and the contract's header; a unit whose name starts a
 * formula comes out as text in both; the API answers with an attachment, refuses a bad format with the error
 * format, a REPORTER outside its units with 403, and every export is audited. Figures of {@link FixtureProvince}.
 */
@SpringBootTest(properties = {"dti.demo-data=false", "dti.admin-password=export-Pa55", "dti.test-context=export"})
@AutoConfigureMockMvc
@UseH2
class ValuesExportTest {

    static final String FORMULA_NAME = "=HYPERLINK(\"http://x.invalid\",\"Xã Độc\")";

    @Autowired
    ValuesExport exports;
    @Autowired
    UnitImportService units;
    @Autowired
    SubmissionService submissions;
    @Autowired
    RollupService rollups;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    MockMvc mvc;

    void admin() {
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", "n/a",
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
    }

    @BeforeEach
    void fixture() {
        if (jdbc.queryForObject("select count(*) from administrative_unit where code = 'T0'", Integer.class) == 0) {
            FixtureProvince fixture = new FixtureProvince(units, submissions, jdbc, this::admin);
            fixture.load();
            admin();
            // A commune whose name, as an upload could bring it, would be a formula in a spreadsheet.
            units.importFile("doc.csv", ("code,name,level,parent_code\nTC24,\"" + FORMULA_NAME.replace("\"", "\"\"")
                    + "\",commune,TD2\n").getBytes(StandardCharsets.UTF_8));
            fixture.report("TC24", "2024-03", "R", 10, "O", 1);
            rollups.rebuild();
        }
        TestAccounts accounts = new TestAccounts(jdbc, passwordEncoder);
        accounts.put("bc.tc11", "bc-Tc11-Pa55", "REPORTER", List.of(accounts.unitId("TC11", "2024-03-31")));
        admin();
    }

    @AfterEach
    void signOut() {
        security.clearContext();
    }

    @Test
    void the_xlsx_has_numbers_as_numbers_with_formats_headings_a_frozen_header_and_what_was_exported() throws Exception {
        DashboardFile file = exports.export("DOSSIERS_ONLINE_RATE", "TD1", "2024-03", "xlsx",
                Messages.VIETNAMESE);
        assertThat(file.fileName()).isEqualTo("GiaTri_DOSSIERS_ONLINE_RATE_TD1_2024-03.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            Sheet values = book.getSheet("Số liệu");
            Row head = values.getRow(0);
            assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7).stream().map(i -> head.getCell(i).getStringCellValue()))
                    .containsExactly("Mã đơn vị", "Tên đơn vị", "Giá trị", "Tử số", "Mẫu số", "Mục tiêu", "Đánh giá",
                            "Hạng");
            // TC11 55 / 110 and TC12 90 / 180: both 50 %, sharing rank 1; TC13 never reported: empty, no rank.
            Row first = values.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("TC11");
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(50.0);
            assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(55.0);
            assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(110.0);
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(50.0);
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("Đạt mục tiêu");
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(1.0);
            assertThat(values.getRow(2).getCell(0).getStringCellValue()).isEqualTo("TC12");
            assertThat(values.getRow(2).getCell(7).getNumericCellValue()).isEqualTo(1.0);
            Row silent = values.getRow(3);
            assertThat(silent.getCell(0).getStringCellValue()).isEqualTo("TC13");
            assertThat(silent.getCell(2)).isNull();
            assertThat(silent.getCell(7)).isNull();
            assertThat(values.getPaneInformation().isFreezePane()).isTrue();
            assertThat(values.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            Map<String, String> about = about(book);
            assertThat(about.get("Chỉ tiêu")).startsWith("DOSSIERS_ONLINE_RATE – ");
            assertThat(about.get("Đơn vị (các đơn vị trực thuộc)")).isEqualTo("TD1 – Huyện Một");
            assertThat(about.get("Kỳ báo cáo")).isEqualTo("Tháng 3/2024");
            assertThat(about.get("Số dòng")).isEqualTo("3");
            assertThat(about.get("Báo cáo mới nhất nhận lúc")).isEqualTo("03/04/2024 09:00");
        }
    }

    /** The "Thông tin" sheet as label → value. */
    static Map<String, String> about(XSSFWorkbook book) {
        Map<String, String> about = new LinkedHashMap<>();
        for (Row row : book.getSheet("Thông tin")) {
            about.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
        }
        return about;
    }

    @Test
    void the_csv_starts_with_the_bom_and_a_formula_name_comes_out_as_text_in_csv_and_xlsx() throws Exception {
        byte[] csv = exports.export("DOSSIERS_RECEIVED", "TD2", "2024-03", "csv", Messages.VIETNAMESE).content();
        assertThat(new byte[] {csv[0], csv[1], csv[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        assertThat(text.split("\r\n")).containsExactly(
                "code,name,value,numerator,denominator,target,status,rank",
                "TC21,Xã Hai Một,70,,,,,1",
                "TC22,Xã Hai Hai,40,,,,,2",
                "TC24,\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"Xã Độc\"\")\",10,,,,,3",
                "TC23,Xã Hai Ba,,,,,,");
        byte[] xlsx = exports.export("DOSSIERS_RECEIVED", "TD2", "2024-03", "xlsx", Messages.VIETNAMESE).content();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var cell = book.getSheet("Số liệu").getRow(3).getCell(1);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(FORMULA_NAME);
        }
    }

    @Autowired
    MonthlyBrief briefs;

    @Test
    void the_monthly_brief_has_the_headline_figures_rankings_late_units_native_charts_and_definitions()
            throws Exception {
        DashboardFile file = briefs.brief("T0", "2024-03", Messages.VIETNAMESE);
        assertThat(file.fileName()).isEqualTo("BaoCao_CDS_T0_2024-03.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            assertThat(List.of(0, 1, 2, 3, 4).stream().map(book::getSheetName)).containsExactly("Tổng hợp", "Xếp hạng",
                    "Chậm, thiếu báo cáo", "Xu hướng", "Định nghĩa");
            Sheet summary = book.getSheet("Tổng hợp");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Báo cáo tháng về chuyển đổi số: Tỉnh Thử · Tháng 3/2024");
            Row online = null;
            for (Row row : summary) {
                if (row.getRowNum() > 3 && row.getCell(0).getStringCellValue().startsWith("Tỷ lệ hồ sơ TTHC tiếp nhận")) {
                    online = row;
                }
            }
            assertThat(online).isNotNull();
            // The fixture's 630 / 930, plus this test's TC24 (1 of 10 online): 631 / 940.
            assertThat(online.getCell(1).getNumericCellValue()).isEqualTo(67.13);
            assertThat(online.getCell(3).getNumericCellValue()).isEqualTo(50.0);
            assertThat(online.getCell(4).getStringCellValue()).isEqualTo("Đạt mục tiêu");
            assertThat(online.getCell(5).getNumericCellValue()).isEqualTo(17.13); // February: 90 / 180
            assertThat(online.getCell(7).getStringCellValue()).isEqualTo("6/8");
            // TC13 never reported: missing in March; TC21's March report came after the deadline, and TC24's
            // (sent by this test today) too; its formula-like name is a text cell.
            Sheet late = book.getSheet("Chậm, thiếu báo cáo");
            List<String> lateRows = new java.util.ArrayList<>();
            for (Row row : late) {
                if (row.getRowNum() > 0) {
                    lateRows.add(row.getCell(0).getStringCellValue() + " " + row.getCell(2).getStringCellValue());
                }
            }
            assertThat(lateRows).containsExactlyInAnyOrder("Xã Một Ba Chưa nộp", "Xã Hai Một Trễ hạn",
                    FORMULA_NAME + " Trễ hạn");
            // Native charts over the trend table's own cells, one per headline indicator with figures.
            var trends = book.getSheet("Xu hướng");
            var charts = trends.getDrawingPatriarch().getCharts();
            assertThat(charts).isNotEmpty();
            var series = charts.getFirst().getChartSeries().getFirst().getSeries(0);
            assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("'Xu hướng'!$A$2:$A$13");
            assertThat(series.getValuesData().getDataRangeReference()).matches("'Xu hướng'!\\$[B-Z]\\$2:\\$[B-Z]\\$13");
            assertThat(trends.getRow(12).getCell(0).getStringCellValue()).isEqualTo("2024-03");
        }
    }

    @Test
    void the_api_sends_an_attachment_refuses_bad_questions_and_other_units_and_audits_each_export() throws Exception {
        int audits = jdbc.queryForObject("select count(*) from audit_entry where action = 'EXPORT'", Integer.class);
        mvc.perform(get("/api/v1/exports/values").param("indicator", "DOSSIERS_ONLINE_RATE").param("unit", "T0")
                .param("period", "2024-03").param("format", "csv").with(httpBasic("admin", "export-Pa55")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith(
                        "attachment; filename=\"GiaTri_DOSSIERS_ONLINE_RATE_T0_2024-03.csv\"")))
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"));
        mvc.perform(get("/api/v1/exports/values").param("indicator", "DOSSIERS_ONLINE_RATE").param("unit", "T0")
                .param("period", "2024-03").param("format", "pdf").with(httpBasic("admin", "export-Pa55")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"))
                .andExpect(jsonPath("$.message").value("Định dạng «pdf» không được hỗ trợ; dùng xlsx hoặc csv."));
        mvc.perform(get("/api/v1/exports/values").param("indicator", "DOSSIERS_ONLINE_RATE").param("unit", "TD1")
                .param("period", "2024-03").with(httpBasic("bc.tc11", "bc-Tc11-Pa55")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'EXPORT'", Integer.class))
                .isEqualTo(audits + 1);
    }

    @Test
    void the_data_slice_has_a_row_per_month_unit_and_indicator_with_the_hand_computed_figures() throws Exception {
        int audits = jdbc.queryForObject("select count(*) from audit_entry where action = 'EXPORT'", Integer.class);
        byte[] csv = mvc.perform(get("/api/v1/exports/data").param("indicators", "DOSSIERS_ONLINE_RATE,CDT_TEAMS")
                .param("unit", "TD1").param("from", "2024-01").param("to", "2024-03").param("depth", "children")
                .param("format", "csv").with(httpBasic("admin", "export-Pa55")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith(
                        "attachment; filename=\"DuLieu_TD1_2024-01_2024-03.csv\"")))
                .andReturn().getResponse().getContentAsByteArray();
        String[] lines = new String(csv, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines[0]).isEqualTo("period,unit,unitName,level,indicator,indicatorName,value,numerator,denominator,"
                + "measure,reportedUnits,expectedUnits,onTimeUnits");
        // 3 months × TD1's 3 communes × 2 indicators, month by month, communes in order, indicators as asked.
        assertThat(lines).hasSize(1 + 18);
        assertThat(java.util.Arrays.stream(lines).skip(1).map(l -> l.substring(0, 12)).toList()).containsExactly(
                "2024-01,TC11", "2024-01,TC11", "2024-01,TC12", "2024-01,TC12", "2024-01,TC13", "2024-01,TC13",
                "2024-02,TC11", "2024-02,TC11", "2024-02,TC12", "2024-02,TC12", "2024-02,TC13", "2024-02,TC13",
                "2024-03,TC11", "2024-03,TC11", "2024-03,TC12", "2024-03,TC12", "2024-03,TC13", "2024-03,TC13");
        // TC11 in January: 40 of 100 online, 5 teams; TC12 did not report in February: empty, not zero.
        assertThat(lines[1]).startsWith("2024-01,TC11,Xã Một Một,Xã,DOSSIERS_ONLINE_RATE,").endsWith(",40,40,100,%,1,1,1");
        assertThat(lines[2]).startsWith("2024-01,TC11,Xã Một Một,Xã,CDT_TEAMS,").endsWith(",5,,,tổ,1,1,1");
        assertThat(lines[9]).startsWith("2024-02,TC12,").endsWith(",,,,%,0,1,0");
        assertThat(lines[15]).startsWith("2024-03,TC12,").endsWith(",50,90,180,%,1,1,1");

        byte[] xlsx = mvc.perform(get("/api/v1/exports/data").param("indicators", "DOSSIERS_ONLINE_RATE")
                .param("unit", "T0").param("from", "2024-03").param("to", "2024-03").param("depth", "unit")
                .with(httpBasic("admin", "export-Pa55"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row province = book.getSheet("Số liệu").getRow(1);
            assertThat(province.getCell(1).getStringCellValue()).isEqualTo("T0");
            assertThat(province.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(province.getCell(7).getNumericCellValue()).isEqualTo(631.0);
            assertThat(province.getCell(8).getNumericCellValue()).isEqualTo(940.0);
            assertThat(about(book).get("Phạm vi")).isEqualTo("Chỉ đơn vị đã chọn");
        }

        mvc.perform(get("/api/v1/exports/data").param("indicators", "DOSSIERS_ONLINE_RATE").param("unit", "T0")
                .param("from", "2024-01").param("to", "2024-03").param("depth", "deep")
                .with(httpBasic("admin", "export-Pa55")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("bad_request"));
        mvc.perform(get("/api/v1/exports/data").param("indicators", "DOSSIERS_ONLINE_RATE").param("unit", "TD1")
                .param("from", "2024-01").param("to", "2024-03").with(httpBasic("bc.tc11", "bc-Tc11-Pa55")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'EXPORT'", Integer.class))
                .isEqualTo(audits + 2);
    }
}
