package vn.dti.dashboard.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import vn.dti.dashboard.hierarchy.UnitSummary;
import vn.dti.dashboard.reporting.FormEntry;
import vn.dti.dashboard.reporting.SubmissionReceipt;
import vn.dti.dashboard.reporting.SubmissionService;
import vn.dti.dashboard.reporting.spreadsheet.ReportTemplateWriter;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.testsupport.UseH2;

/**
 * The reporting views without a browser, against the real service and H2 database: a workbook goes through
 * the real {@code Upload} widget and its handler to the check panel and, confirmed, to the result panel; the
 * web entry form; the history. Months of 2022 keep clear of the demo reports (2023-07 … 2025-06).
 */
@SpringBootTest(properties = {"dti.admin-password=view-test-admin", "dti.test-context=reporting-views"})
@UseH2
@WithMockUser(username = "admin", roles = "ADMIN")
class ReportingViewsTest extends SpringBrowserlessTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SubmissionService submissions;
    @Autowired
    vn.dti.dashboard.reporting.PeriodLockService locks;

    @BeforeEach
    void vietnamese() {
        UI.getCurrent().getSession().setLocale(Messages.VIETNAMESE);
        UI.getCurrent().setLocale(Messages.VIETNAMESE);
    }

    int rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    /** A report in the code/value layout, as a commune fills it: header lines, then STT | code | name | value. */
    static byte[] workbook(String unitLine, String periodLine, Object[][] codesAndValues) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Biểu 01");
            sheet.createRow(0).createCell(0).setCellValue("BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ");
            if (unitLine != null) {
                sheet.createRow(1).createCell(0).setCellValue(unitLine);
            }
            if (periodLine != null) {
                sheet.createRow(2).createCell(0).setCellValue(periodLine);
            }
            Row header = sheet.createRow(4);
            List<String> titles = List.of("STT", "Mã chỉ tiêu", "Chỉ tiêu", "Số liệu");
            for (int c = 0; c < titles.size(); c++) {
                header.createCell(c).setCellValue(titles.get(c));
            }
            for (int i = 0; i < codesAndValues.length; i++) {
                Row row = sheet.createRow(5 + i);
                row.createCell(0).setCellValue(i + 1);
                row.createCell(1).setCellValue((String) codesAndValues[i][0]);
                row.createCell(2).setCellValue("");
                Object value = codesAndValues[i][1];
                if (value instanceof Number number) {
                    row.createCell(3).setCellValue(number.doubleValue());
                } else {
                    row.createCell(3).setCellValue(value.toString());
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ReportUploadView openUpload() {
        return navigate(ReportUploadView.class);
    }

    private void upload(String fileName, byte[] content) {
        test($view(Upload.class).id("report-upload")).upload(fileName, XLSX, content);
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return $view(Grid.class).id(id);
    }

    private String text(String id) {
        return $view(Span.class).id(id).getText();
    }

    @Test
    void a_valid_workbook_is_checked_without_storing_then_confirmed_and_the_result_names_the_version() {
        openUpload();
        int before = rows("submission");
        upload("BC_CDS_T02_2022_TichSon.xlsx", workbook("Đơn vị báo cáo: 08707", "Kỳ báo cáo: Tháng 02/2022",
                new Object[][] {{"DOSSIERS_RECEIVED", "1.245"}, {"DOSSIERS_RECEIVED_ONLINE", 512},
                    {"CDT_MEMBERS", "85"}}));

        assertThat($view(Div.class).id("check-result").isVisible()).isTrue();
        assertThat(text("check-status")).isEqualTo(
                "Đọc được 1 báo cáo với 3 số liệu; chưa có gì được lưu. Hãy xem lại rồi bấm «Xác nhận nộp».");
        Div panel = $view(Div.class).id("report-panel");
        assertThat($(com.vaadin.flow.component.html.H4.class, panel).single().getText())
                .isEqualTo("08707 – Phường Tích Sơn · Tháng 2/2022");
        assertThat($(Span.class, panel).withClassName("dti-next-version").single().getText())
                .isEqualTo("Phiên bản mới: 1");
        var values = test(grid("report-values"));
        assertThat(values.size()).isEqualTo(3);
        assertThat(List.of(values.getCellText(0, 0), values.getCellText(0, 2), values.getCellText(0, 5)))
                .containsExactly("DOSSIERS_RECEIVED", "1.245", "Biểu 01!D6");
        assertThat(List.of(values.getCellText(1, 0), values.getCellText(1, 2), values.getCellText(1, 5)))
                .containsExactly("DOSSIERS_RECEIVED_ONLINE", "512", "Biểu 01!D7");
        assertThat(List.of(values.getCellText(2, 0), values.getCellText(2, 2), values.getCellText(2, 5)))
                .containsExactly("CDT_MEMBERS", "85", "Biểu 01!D8");
        assertThat($view(Grid.class).withId("report-errors").exists()).isFalse();
        assertThat(rows("submission")).as("checking stores nothing").isEqualTo(before);

        Button confirm = $view(Button.class).id("confirm-submit");
        assertThat(confirm.isEnabled()).isTrue();
        test(confirm).click();

        Div result = $view(Div.class).id("submit-result");
        assertThat(result.isVisible()).isTrue();
        assertThat($(Paragraph.class, result).withClassName("dti-result-line").single().getText())
                .isEqualTo("08707 – Phường Tích Sơn, Tháng 2/2022: đã lưu phiên bản 1 với 3 số liệu, 0 cảnh báo.");
        assertThat(rows("submission")).isEqualTo(before + 1);
        assertThat(jdbc.queryForList("select v.indicator_code, v.amount, v.cell_ref from report_value v "
                + "join submission s on s.id = v.submission_id where s.unit_code = '08707' and s.period = '2022-02' "
                + "order by v.cell_ref")).extracting(r -> r.get("INDICATOR_CODE") + "="
                        + ((BigDecimal) r.get("AMOUNT")).stripTrailingZeros().toPlainString() + "@" + r.get("CELL_REF"))
                .containsExactly("DOSSIERS_RECEIVED=1245@D6", "DOSSIERS_RECEIVED_ONLINE=512@D7", "CDT_MEMBERS=85@D8");
        assertThat($view(Div.class).withId("check-result").exists()).as("the check panel gives way to the result")
                .isFalse();
    }

    @Test
    void an_invalid_workbook_lists_the_exact_cell_and_message_and_stores_nothing() {
        openUpload();
        int submissionsBefore = rows("submission");
        int valuesBefore = rows("report_value");
        upload("BC_T04_2022.xlsx", workbook("Đơn vị báo cáo: 08707", "Kỳ báo cáo: Tháng 04/2022",
                new Object[][] {{"DOSSIERS_RECEIVED", "1.245"}, {"CDT_TEAMS", "abc"}, {"CDT_MEMBERS", -3}}));

        assertThat(text("check-status")).isEqualTo("Có 2 lỗi nên chưa thể nộp; chưa có gì được lưu. "
                + "Hãy sửa các ô được liệt kê rồi tải tệp lên lại.");
        var errors = test(grid("report-errors"));
        assertThat(errors.size()).isEqualTo(2);
        assertThat(List.of(errors.getCellText(0, 0), errors.getCellText(0, 1), errors.getCellText(0, 2),
                errors.getCellText(0, 3))).containsExactly("Biểu 01", "D7", "CDT_TEAMS",
                        "Không đọc được số từ «abc». Hãy nhập một con số theo cách viết Việt Nam, ví dụ 1.240.500 hoặc 10,38.");
        assertThat(List.of(errors.getCellText(1, 1), errors.getCellText(1, 2), errors.getCellText(1, 3)))
                .containsExactly("D8", "CDT_MEMBERS", "Số liệu không được âm: -3.");
        assertThat($view(Button.class).id("confirm-submit").isEnabled()).isFalse();
        assertThat(rows("submission")).isEqualTo(submissionsBefore);
        assertThat(rows("report_value")).isEqualTo(valuesBefore);
    }

    @Test
    void a_workbook_without_unit_and_period_is_checked_again_with_the_unit_and_month_picked() {
        openUpload();
        upload("bao-cao.xlsx", workbook(null, null, new Object[][] {{"CDT_TEAMS", 4}}));
        var errors = test(grid("report-errors"));
        assertThat(errors.size()).isEqualTo(1);
        assertThat(List.of(errors.getCellText(0, 0), errors.getCellText(0, 1), errors.getCellText(0, 3)))
                .containsExactly("Biểu 01", "", "Không rõ kỳ báo cáo: hãy ghi «Kỳ báo cáo: Tháng MM/YYYY» ở đầu biểu "
                        + "hoặc chọn kỳ báo cáo khi nộp.");
        assertThat($view(Button.class).id("confirm-submit").isEnabled()).isFalse();

        @SuppressWarnings("unchecked")
        ComboBox<YearMonth> month = $view(ComboBox.class).id("upload-period");
        @SuppressWarnings("unchecked")
        ComboBox<UnitSummary> unit = $view(ComboBox.class).id("upload-unit");
        assertThat(month.isVisible() && unit.isVisible()).isTrue();
        test(month).selectItem("Tháng 6/2022");
        test(unit).setFilter("tich son");
        assertThat(test(unit).getSuggestions()).containsExactly("08707 – Phường Tích Sơn");
        test(unit).selectItem("08707 – Phường Tích Sơn");
        test($view(Button.class).id("recheck")).click();

        assertThat($view(Grid.class).withId("report-errors").exists()).isFalse();
        assertThat($(com.vaadin.flow.component.html.H4.class, $view(Div.class).id("report-panel")).single().getText())
                .isEqualTo("08707 – Phường Tích Sơn · Tháng 6/2022");
        assertThat($view(Button.class).id("confirm-submit").isEnabled()).isTrue();
    }

    @Test
    void a_downloaded_template_filled_in_and_uploaded_is_stored_with_its_cells() throws IOException {
        openUpload();
        test($view(ComboBox.class).id("template-period")).selectItem("Tháng 9/2022");
        test($view(ComboBox.class).id("template-unit")).selectItem("08722 – Phường Đồng Tâm");
        Anchor download = $view(Anchor.class).id("template-download");
        assertThat(download.isEnabled()).isTrue();
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        test(download).download(template);

        // Fill two input cells the way an official does in Excel.
        byte[] filled;
        int teamsRow = -1;
        int dossiersRow = -1;
        try (Workbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template.toByteArray()));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue())
                    .isEqualTo("Đơn vị báo cáo: 08722 - Phường Đồng Tâm");
            for (Row row : sheet) {
                var code = row.getCell(1);
                if (code != null && code.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    if (code.getStringCellValue().equals("CDT_TEAMS")) {
                        teamsRow = row.getRowNum();
                        row.getCell(ReportTemplateWriter.VALUE_COLUMN).setCellValue(6);
                    } else if (code.getStringCellValue().equals("DOSSIERS_RECEIVED")) {
                        dossiersRow = row.getRowNum();
                        row.getCell(ReportTemplateWriter.VALUE_COLUMN).setCellValue(1245);
                    }
                }
            }
            workbook.write(out);
            filled = out.toByteArray();
        }
        assertThat(teamsRow).isPositive();
        assertThat(dossiersRow).isPositive();

        upload("MauBaoCao_CDS_08722_2022-09.xlsx", filled);
        assertThat($(com.vaadin.flow.component.html.H4.class, $view(Div.class).id("report-panel")).single().getText())
                .isEqualTo("08722 – Phường Đồng Tâm · Tháng 9/2022");
        var values = test(grid("report-values"));
        assertThat(values.size()).isEqualTo(2);
        int dossiers = values.getCellText(0, 0).equals("DOSSIERS_RECEIVED") ? 0 : 1;
        assertThat(List.of(values.getCellText(dossiers, 2), values.getCellText(dossiers, 5)))
                .containsExactly("1.245", "Báo cáo!F" + (dossiersRow + 1));
        assertThat(List.of(values.getCellText(1 - dossiers, 0), values.getCellText(1 - dossiers, 2),
                values.getCellText(1 - dossiers, 5))).containsExactly("CDT_TEAMS", "6", "Báo cáo!F" + (teamsRow + 1));

        test($view(Button.class).id("confirm-submit")).click();
        assertThat($(Paragraph.class, $view(Div.class).id("submit-result")).withClassName("dti-result-line").single()
                .getText()).isEqualTo("08722 – Phường Đồng Tâm, Tháng 9/2022: đã lưu phiên bản 1 với 2 số liệu, 0 cảnh báo.");
    }

    @Test
    void uploading_the_same_file_again_says_that_nothing_new_was_stored() {
        byte[] file = workbook("Đơn vị báo cáo: 08725", "Kỳ báo cáo: Tháng 10/2022", new Object[][] {{"CDT_TEAMS", 3}});
        openUpload();
        upload("BC_T10_2022.xlsx", file);
        test($view(Button.class).id("confirm-submit")).click();
        int before = rows("submission");

        upload("BC_T10_2022.xlsx", file);
        assertThat(text("check-status")).isEqualTo(
                "Tệp này giống hệt báo cáo đã lưu; nộp lại sẽ không lưu thêm gì.");
        assertThat($(Paragraph.class, $view(Div.class).id("report-panel")).withClassName("dti-notice").single()
                .getText()).isEqualTo("Tệp giống hệt đã được lưu cho đơn vị và kỳ này; nộp lại sẽ không tạo phiên bản mới.");
        test($view(Button.class).id("confirm-submit")).click();
        Div result = $view(Div.class).id("submit-result");
        assertThat($(Paragraph.class, result).withClassName("dti-notice").single().getText())
                .isEqualTo("Tệp này giống hệt một báo cáo đã lưu, nên không có phiên bản mới.");
        assertThat($(Paragraph.class, result).withClassName("dti-result-line").single().getText())
                .isEqualTo("08725 – Phường Định Trung, Tháng 10/2022: đã có ở phiên bản 1 với 1 số liệu; không lưu thêm.");
        assertThat(rows("submission")).isEqualTo(before);
    }

    @Test
    void a_csv_renamed_xlsx_and_a_locked_month_are_refused_with_the_service_message() {
        openUpload();
        upload("bao-cao.xlsx", "Mã chỉ tiêu,Số liệu\nCDT_TEAMS,3\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(text("check-status")).isEqualTo("Tệp «bao-cao.xlsx» không phải bảng tính Excel (.xlsx hoặc .xls).");
        assertThat($view(Button.class).withId("confirm-submit").exists()).isFalse();

        locks.lock(vn.dti.dashboard.shared.period.ReportingPeriod.parse("2022-11"), "Đã chốt số liệu");
        try {
            upload("BC_T11_2022.xlsx", workbook("Đơn vị báo cáo: 08728", "Kỳ báo cáo: Tháng 11/2022",
                    new Object[][] {{"CDT_TEAMS", 3}}));
            assertThat(text("check-status")).isEqualTo("Kỳ báo cáo đã khóa sổ; liên hệ quản trị viên nếu cần mở lại.");
            var errors = test(grid("report-errors"));
            assertThat(List.of(errors.getCellText(0, 0), errors.getCellText(0, 1), errors.getCellText(0, 3)))
                    .containsExactly("Biểu 01", "A3", "Tháng 11/2022 đã khóa sổ, không nhận thêm báo cáo.");
        } finally {
            locks.unlock(vn.dti.dashboard.shared.period.ReportingPeriod.parse("2022-11"), "test");
        }
    }

    @Test
    void a_file_above_20_mb_is_refused_by_the_server_side_handler_with_the_413_text() {
        openUpload();
        int before = rows("submission");
        byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
        Arrays.fill(tooLarge, (byte) 'x');
        upload("huge.xlsx", tooLarge);

        assertThat(text("check-status")).isEqualTo("Tệp lớn hơn giới hạn 20 MB.");
        assertThat($view(Button.class).withId("confirm-submit").exists()).as("nothing to confirm").isFalse();
        assertThat(rows("submission")).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "lanhdao", roles = "LEADER")
    void a_leader_cannot_open_the_upload_or_the_entry_form_and_the_menu_does_not_offer_them() {
        UI.getCurrent().navigate("nop-bao-cao");
        assertThat(getCurrentView()).isInstanceOf(com.vaadin.flow.router.RouteNotFoundError.class);
        assertThat($(Upload.class).exists()).isFalse();
        UI.getCurrent().navigate("nhap-bao-cao");
        assertThat(getCurrentView()).isInstanceOf(com.vaadin.flow.router.RouteNotFoundError.class);
        assertThat(com.vaadin.flow.server.menu.MenuConfiguration.getMenuEntries()).extracting(
                com.vaadin.flow.server.menu.MenuEntry::path).doesNotContain("/nop-bao-cao", "/nhap-bao-cao")
                .contains("/lich-su-bao-cao");
    }

    @Test
    void the_entry_form_refuses_abc_in_its_field_then_saves_version_1() {
        ReportEntryView view = navigate(ReportEntryView.class);
        @SuppressWarnings("unchecked")
        ComboBox<YearMonth> month = $view(ComboBox.class).id("entry-period");
        @SuppressWarnings("unchecked")
        ComboBox<UnitSummary> unit = $view(ComboBox.class).id("entry-unit");
        test(month).selectItem("Tháng 3/2022");
        test(unit).selectItem("08710 – Phường Liên Bảo");
        assertThat(text("entry-status")).startsWith("08710 – Phường Liên Bảo, Tháng 3/2022: 35 chỉ tiêu.");

        int before = rows("submission");
        TextField teams = view.input("CDT_TEAMS").orElseThrow();
        test(teams).setValue("abc");
        test($view(Button.class).id("entry-save")).click();
        assertThat(teams.isInvalid()).isTrue();
        assertThat(teams.getErrorMessage()).isEqualTo(
                "Không đọc được số từ «abc». Hãy nhập một con số theo cách viết Việt Nam, ví dụ 1.240.500 hoặc 10,38.");
        assertThat(text("entry-status")).isEqualTo(
                "1 ô chưa đọc được thành số; hãy sửa các ô được đánh dấu đỏ. Chưa có gì được lưu.");
        assertThat(rows("submission")).isEqualTo(before);

        test(teams).setValue("17");
        test(view.input("DOSSIERS_RECEIVED").orElseThrow()).setValue("1.245");
        test(view.input("DOSSIERS_RECEIVED_ONLINE").orElseThrow()).setValue("512");
        test($view(Button.class).id("entry-check")).click();
        assertThat(text("entry-status")).isEqualTo(
                "Không có lỗi: 3 số liệu, 0 cảnh báo. Bấm «Lưu» để lưu thành phiên bản 1.");
        assertThat(rows("submission")).as("checking stores nothing").isEqualTo(before);

        test($view(Button.class).id("entry-save")).click();
        assertThat(text("entry-status")).isEqualTo(
                "08710 – Phường Liên Bảo, Tháng 3/2022: đã lưu phiên bản 1 với 3 số liệu, 0 cảnh báo.");
        assertThat(jdbc.queryForList("select v.indicator_code, v.amount from report_value v join submission s "
                + "on s.id = v.submission_id where s.unit_code = '08710' and s.period = '2022-03' and s.channel = 'FORM' "
                + "order by v.indicator_code")).extracting(r -> r.get("INDICATOR_CODE") + "="
                        + ((BigDecimal) r.get("AMOUNT")).stripTrailingZeros().toPlainString())
                .containsExactly("CDT_TEAMS=17", "DOSSIERS_RECEIVED=1245", "DOSSIERS_RECEIVED_ONLINE=512");
    }

    @Test
    void the_entry_form_marks_a_numerator_above_its_denominator_on_its_field_and_shows_last_month() {
        submissions.submitForm(new FormEntry("08713", "2022-06", Map.of("DOSSIERS_RECEIVED", new BigDecimal("1245"))),
                Messages.VIETNAMESE);
        ReportEntryView view = navigate(ReportEntryView.class);
        test($view(ComboBox.class).id("entry-period")).selectItem("Tháng 7/2022");
        test($view(ComboBox.class).id("entry-unit")).selectItem("08713 – Phường Hội Hợp");
        assertThat(text("entry-previous-DOSSIERS_RECEIVED")).isEqualTo("1.245");
        assertThat(text("entry-previous-CDT_TEAMS")).isEqualTo("—");

        test(view.input("DOSSIERS_RECEIVED").orElseThrow()).setValue("100");
        test(view.input("DOSSIERS_RECEIVED_ONLINE").orElseThrow()).setValue("120");
        test($view(Button.class).id("entry-check")).click();

        TextField online = view.input("DOSSIERS_RECEIVED_ONLINE").orElseThrow();
        assertThat(online.isInvalid()).isTrue();
        assertThat(online.getErrorMessage()).isEqualTo("Số hồ sơ TTHC tiếp nhận trực tuyến (120) lớn hơn Tổng số hồ sơ "
                + "thủ tục hành chính tiếp nhận (trực tuyến, trực tiếp, bưu chính công ích) (100); "
                + "tử số không thể lớn hơn mẫu số.");
        assertThat(text("entry-status")).isEqualTo("Có 1 lỗi nên chưa thể lưu; hãy sửa các ô được đánh dấu.");
    }

    @Test
    void a_district_form_says_that_its_figures_are_its_own_part_only() {
        navigate(ReportEntryView.class);
        test($view(ComboBox.class).id("entry-period")).selectItem("Tháng 3/2022");
        test($view(ComboBox.class).id("entry-unit")).selectItem("243 – Thành phố Vĩnh Yên");
        assertThat($view(Paragraph.class).id("entry-own-part").getText())
                .contains("riêng của đơn vị, không gồm đơn vị cấp dưới");
    }

    @Test
    void the_history_lists_a_new_submission_and_shows_its_values_and_original_file() throws IOException {
        byte[] file = workbook("Đơn vị báo cáo: 08716", "Kỳ báo cáo: Tháng 05/2022",
                new Object[][] {{"CDT_TEAMS", 9}, {"EID_ACTIVATED", "10.250"}});
        SubmissionReceipt receipt = submissions.submit(new vn.dti.dashboard.reporting.ReportUpload(
                "BC_T05_2022_DongDa.xlsx", file, null, null), vn.dti.dashboard.reporting.Channel.UPLOAD,
                Messages.VIETNAMESE);
        long id = receipt.submissions().getFirst().id();
        // A correction typed in the web form becomes version 2 and supersedes the upload.
        submissions.submitForm(new FormEntry("08716", "2022-05", Map.of("CDT_TEAMS", new BigDecimal("10"))),
                Messages.VIETNAMESE);

        UI.getCurrent().navigate("lich-su-bao-cao", QueryParameters.of("id", String.valueOf(id)));
        SubmissionHistoryView view = (SubmissionHistoryView) getCurrentView();
        test($view(TextField.class).id("history-unit-filter")).setValue("dong da");
        test($view(ComboBox.class).id("history-period-filter")).selectItem("Tháng 5/2022");
        assertThat(view.shown()).extracting(v -> v.unitCode() + " " + v.period() + " v" + v.version())
                .containsExactly("08716 2022-05 v2", "08716 2022-05 v1");
        var history = test(grid("history-grid"));
        assertThat(history.getCellText(0, 3)).isEqualTo("2 · đang dùng");
        assertThat(history.getCellText(0, 4)).isEqualTo("Nhập trên web");
        assertThat(history.getCellText(0, 6)).isEqualTo("");
        java.time.Instant uploadedAt = submissions.versions("08716", "2022-05").getLast().submittedAt();
        assertThat(history.getCellText(1, 0)).as("the time in Vietnam, whatever the JVM's zone").isEqualTo(
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                        .withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).format(uploadedAt));
        assertThat(history.getCellText(1, 1)).isEqualTo("08716 – Phường Đống Đa");
        assertThat(history.getCellText(1, 2)).isEqualTo("Tháng 5/2022");
        assertThat(history.getCellText(1, 3)).isEqualTo("1 · đã thay thế");
        assertThat(history.getCellText(1, 4)).isEqualTo("Tải tệp lên");
        assertThat(history.getCellText(1, 5)).isEqualTo("admin");
        assertThat(history.getCellText(1, 6)).isEqualTo("BC_T05_2022_DongDa.xlsx");
        assertThat(history.getCellText(1, 7)).isEqualTo("2");
        assertThat(history.getCellText(1, 8)).isEqualTo("0");

        var values = test(grid("history-values"));
        assertThat(values.size()).isEqualTo(2);
        int eid = values.getCellText(0, 0).equals("EID_ACTIVATED") ? 0 : 1;
        assertThat(List.of(values.getCellText(eid, 0), values.getCellText(eid, 2), values.getCellText(eid, 4)))
                .containsExactly("EID_ACTIVATED", "10.250", "Biểu 01!D7");
        assertThat(List.of(values.getCellText(1 - eid, 0), values.getCellText(1 - eid, 2),
                values.getCellText(1 - eid, 4))).containsExactly("CDT_TEAMS", "9", "Biểu 01!D6");
        ByteArrayOutputStream downloaded = new ByteArrayOutputStream();
        test($view(Anchor.class).id("history-download")).download(downloaded);
        assertThat(downloaded.toByteArray()).isEqualTo(file);
    }

    @Test
    void english_shows_figures_in_english_notation() {
        UI.getCurrent().getSession().setLocale(Messages.ENGLISH);
        UI.getCurrent().setLocale(Messages.ENGLISH);
        long id = submissions.submitForm(new FormEntry("08719", "2022-08", Map.of("EID_ACTIVATED",
                new BigDecimal("10250"))), Messages.ENGLISH).submissions().getFirst().id();
        UI.getCurrent().navigate("lich-su-bao-cao", QueryParameters.of("id", String.valueOf(id)));
        var values = test(grid("history-values"));
        assertThat(values.getCellText(0, 2)).isEqualTo("10,250");
        assertThat(test(grid("history-grid")).getCellText(0, 2)).isEqualTo("August 2022");
    }
}
