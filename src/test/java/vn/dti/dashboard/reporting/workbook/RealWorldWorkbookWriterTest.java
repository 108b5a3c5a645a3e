package vn.dti.dashboard.reporting.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.dti.dashboard.reporting.ReportIssue;
import vn.dti.dashboard.reporting.ReportValueParser;
import vn.dti.dashboard.reporting.spreadsheet.ReportSheet;
import vn.dti.dashboard.reporting.spreadsheet.ReportWorkbookWriter;
import vn.dti.dashboard.reporting.spreadsheet.UnitMatrixSheet;
import vn.dti.dashboard.reporting.spreadsheet.UnitReportSheet;
import vn.dti.dashboard.reporting.spreadsheet.UnitReportSheet.Kind;
import vn.dti.dashboard.reporting.spreadsheet.UnitReportSheet.Line;
import vn.dti.dashboard.reporting.workbook.ReportDraft.DraftValue;
import vn.dti.dashboard.shared.period.ReportingPeriod;
import vn.dti.dashboard.shared.spreadsheet.Spreadsheet;
import vn.dti.dashboard.shared.spreadsheet.Spreadsheet.Cell;
import vn.dti.dashboard.shared.spreadsheet.SpreadsheetFormat;
import vn.dti.dashboard.shared.spreadsheet.SpreadsheetReader;

/**
 * The demo reports' workbook writer produces the real-world layouts cell for cell, and the upload reader reads
 * each of them back into exactly the figures written, in .xlsx and in Excel 97–2003 .xls.
 */
class RealWorldWorkbookWriterTest {

    enum Format {
        XLSX, XLS
    }

    static final UnitReportSheet.Header VU_DI = new UnitReportSheet.Header("UBND HUYỆN VĨNH TƯỜNG", "UBND XÃ VŨ DI",
            "UBND xã Vũ Di", "Sở Thông tin và Truyền thông", "Vũ Di", YearMonth.of(2023, 9), LocalDate.of(2023, 10, 5),
            45, "BC-UBND", true, "PHÓ CHỦ TỊCH", "Nguyễn Văn An", "Trần Thị Lan");

    static final List<Line> LINES = List.of(
            Line.section("I", "CHÍNH QUYỀN SỐ"),
            new Line("1", "Tổng số hồ sơ thủ tục hành chính tiếp nhận (trực tuyến, trực tiếp, bưu chính công ích)",
                    "DOSSIERS_RECEIVED", "Hồ sơ", Kind.COUNT, new BigDecimal("1245"), new BigDecimal("10872"), null),
            new Line("1.1", "Trong đó: tiếp nhận trực tuyến", "DOSSIERS_RECEIVED_ONLINE", "Hồ sơ", Kind.COUNT,
                    new BigDecimal("512"), new BigDecimal("4377"), null),
            new Line("2", "Tỷ lệ HSTT", "DOSSIERS_ONLINE_RATE", "%", Kind.PERCENT, new BigDecimal("41.12"),
                    new BigDecimal("40.26"), null),
            Line.section("II", "NỀN TẢNG CHUYỂN ĐỔI SỐ"),
            new Line("1", "Số Tổ công nghệ số cộng đồng", "CDT_TEAMS", "Tổ", Kind.COUNT, new BigDecimal("1240"),
                    new BigDecimal("1240"), "tổ"),
            new Line("2", "Tổng số hộ gia đình", "HOUSEHOLDS_TOTAL", "Hộ", Kind.COUNT, null, null, null));

    static Spreadsheet write(Format format, List<? extends ReportSheet> sheets) throws Exception {
        byte[] bytes = format == Format.XLSX ? ReportWorkbookWriter.xlsx(sheets) : ReportWorkbookWriter.xls(sheets);
        return new SpreadsheetReader().read(format == Format.XLSX ? "bao-cao.xlsx" : "bao-cao.xls", bytes);
    }

    static Map<String, Cell> cells(Spreadsheet spreadsheet, int sheet) {
        return spreadsheet.sheets().get(sheet).rows().stream().flatMap(r -> r.cells().stream())
                .collect(Collectors.toMap(Cell::ref, Function.identity()));
    }

    static Map<String, BigDecimal> figures(ReportDraft draft) {
        return draft.values().stream().collect(Collectors.toMap(DraftValue::indicator, DraftValue::number));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void the_administrative_report_has_the_letterhead_two_header_rows_column_numbers_and_figures_as_text(
            Format format) throws Exception {
        Spreadsheet read = write(format, List.of(new UnitReportSheet("BC thang 9",
                UnitReportSheet.Style.ADMINISTRATIVE, VU_DI, LINES)));
        assertThat(read.format()).isEqualTo(format == Format.XLSX ? SpreadsheetFormat.XLSX : SpreadsheetFormat.XLS);
        Map<String, Cell> cells = cells(read, 0);
        assertThat(cells.get("A1").text()).isEqualTo("UBND HUYỆN VĨNH TƯỜNG\nUBND XÃ VŨ DI");
        assertThat(cells.get("D1").text()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc");
        assertThat(cells.get("A2").text()).isEqualTo("Số: 45/BC-UBND");
        assertThat(cells.get("D2").text()).isEqualTo("Vũ Di, ngày 05 tháng 10 năm 2023");
        assertThat(cells.get("A4").text()).isEqualTo("BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ THÁNG 9 NĂM 2023");
        assertThat(cells.get("A5").text()).isEqualTo("(Kỳ báo cáo: từ ngày 15/8/2023 đến ngày 14/9/2023)");
        assertThat(List.of("A7", "B7", "C7", "D7", "F7", "D8", "E8")).extracting(ref -> cells.get(ref).text())
                .containsExactly("STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện", "Ghi chú", "Trong tháng", "Lũy kế");
        assertThat(cells).doesNotContainKeys("C2", "E7", "A8");
        assertThat(List.of("A9", "B9", "C9", "D9", "E9", "F9")).extracting(ref -> cells.get(ref).text())
                .containsExactly("(1)", "(2)", "(3)", "(4)", "(5)", "(6)");
        assertThat(List.of("A10", "B10")).extracting(ref -> cells.get(ref).text()).containsExactly("I", "CHÍNH QUYỀN SỐ");
        assertThat(List.of("A11", "C11", "D11", "E11")).extracting(ref -> cells.get(ref).text())
                .containsExactly("1", "Hồ sơ", "1.245", "10.872");
        assertThat(cells.get("D11").numeric()).isFalse();
        assertThat(List.of("A12", "D12", "D13", "E13", "D15")).extracting(ref -> cells.get(ref).text())
                .containsExactly("1.1", "512", "41,12%", "40,26%", "1.240 tổ");
        assertThat(cells).doesNotContainKeys("D16", "E16");
        assertThat(cells.values()).extracting(Cell::text).contains("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH", "Nguyễn Văn An");

        WorkbookReading reading = new ReportWorkbookReader().read(read, TestCatalogue.LOOKUP);
        assertThat(reading.errors()).isEmpty();
        assertThat(reading.warnings()).extracting(ReportIssue::cell, ReportIssue::messageKey)
                .containsExactly(tuple("D15", ReportValueParser.TEXT_DROPPED));
        ReportDraft draft = reading.reports().getFirst();
        assertThat(draft.layout()).isEqualTo(ReportLayout.NAME_VALUE);
        assertThat(draft.unit().text()).isEqualTo("UBND XÃ VŨ DI");
        assertThat(draft.period().period()).isEqualTo(ReportingPeriod.month(2023, 9));
        assertThat(figures(draft)).containsExactlyInAnyOrderEntriesOf(Map.of("DOSSIERS_RECEIVED", new BigDecimal("1245"),
                "DOSSIERS_RECEIVED_ONLINE", new BigDecimal("512"), "DOSSIERS_ONLINE_RATE", new BigDecimal("41.12"),
                "CDT_TEAMS", new BigDecimal("1240")));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void the_statistical_form_names_units_and_period_in_header_cells_and_writes_numeric_cells(Format format)
            throws Exception {
        Spreadsheet read = write(format, List.of(new UnitReportSheet("Biểu 01", UnitReportSheet.Style.STATISTICAL_FORM,
                VU_DI, LINES)));
        Map<String, Cell> cells = cells(read, 0);
        assertThat(List.of("A1", "C1", "D1", "C2", "D2", "C3")).extracting(ref -> cells.get(ref).text())
                .containsExactly("Biểu số 01/CĐS", "BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ",
                        "Đơn vị báo cáo: UBND xã Vũ Di", "Kỳ báo cáo: Tháng 09/2023",
                        "Đơn vị nhận báo cáo: Sở Thông tin và Truyền thông", "(Từ ngày 01/09/2023 đến ngày 30/09/2023)");
        assertThat(List.of("A5", "B5", "C5", "D5", "E5", "E6")).extracting(ref -> cells.get(ref).text())
                .containsExactly("STT", "Chỉ tiêu", "Mã", "Đơn vị tính", "Thực hiện", "(5)");
        assertThat(List.of("C8", "E8", "E10", "E12")).extracting(ref -> cells.get(ref).text())
                .containsExactly("DOSSIERS_RECEIVED", "1,245", "41.12%", "1,240");
        assertThat(List.of("E8", "E10", "E12")).allSatisfy(ref -> assertThat(cells.get(ref).numeric()).isTrue());
        assertThat(cells).doesNotContainKey("E13");
        assertThat(cells.values()).extracting(Cell::text).contains("NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ",
                "Trần Thị Lan", "Vũ Di, ngày 05 tháng 10 năm 2023");

        WorkbookReading reading = new ReportWorkbookReader().read(read, TestCatalogue.LOOKUP);
        assertThat(reading.errors()).isEmpty();
        assertThat(reading.warnings()).isEmpty();
        ReportDraft draft = reading.reports().getFirst();
        assertThat(draft.layout()).isEqualTo(ReportLayout.CODE_VALUE);
        assertThat(draft.unit().text()).isEqualTo("UBND xã Vũ Di");
        assertThat(draft.period().cell()).isEqualTo("C2");
        assertThat(draft.period().period()).isEqualTo(ReportingPeriod.month(2023, 9));
        assertThat(figures(draft)).containsExactlyInAnyOrderEntriesOf(Map.of("DOSSIERS_RECEIVED", new BigDecimal("1245"),
                "DOSSIERS_RECEIVED_ONLINE", new BigDecimal("512"), "DOSSIERS_ONLINE_RATE", new BigDecimal("41.12"),
                "CDT_TEAMS", new BigDecimal("1240")));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void the_police_matrix_has_a_row_per_commune_district_subtotals_and_a_grand_total_that_are_not_stored(
            Format format) throws Exception {
        UnitMatrixSheet matrix = new UnitMatrixSheet("Biểu 02 - VNeID", "CÔNG AN TỈNH VĨNH PHÚC",
                "PHÒNG CẢNH SÁT QLHC VỀ TTXH", "KẾT QUẢ KÍCH HOẠT TÀI KHOẢN ĐỊNH DANH ĐIỆN TỬ", YearMonth.of(2023, 9),
                LocalDate.of(2023, 9, 30), List.of("Số hồ sơ đăng ký tài khoản định danh điện tử (VNeID) đã thu nhận",
                        "EID_ACTIVATED"),
                List.of(new UnitMatrixSheet.Group("Cộng thành phố Vĩnh Yên", List.of(
                        new UnitMatrixSheet.UnitRow("08707", "Phường Tích Sơn", List.of(big(9_120), big(6_004))),
                        new UnitMatrixSheet.UnitRow("08710", "Phường Liên Bảo", List.of(big(12_450), big(8_101))))),
                        new UnitMatrixSheet.Group("Cộng huyện Vĩnh Tường", List.of(
                                new UnitMatrixSheet.UnitRow("09130", "Xã Vũ Di", Arrays.asList(big(7_300), null))))),
                "PHÓ TRƯỞNG PHÒNG", "Lê Quang Hùng");
        Spreadsheet read = write(format, List.of(matrix));
        Map<String, Cell> cells = cells(read, 0);
        assertThat(List.of("A7", "B7", "C7", "E7", "F7", "A8")).extracting(ref -> cells.get(ref).text())
                .containsExactly("STT", "Mã ĐVHC", "Xã, phường, thị trấn", "EID_ACTIVATED", "Ghi chú", "(1)");
        assertThat(cells.get("A4").text()).isEqualTo("Kỳ báo cáo: Tháng 09/2023");
        assertThat(List.of("A9", "B9", "C9", "D9", "E9")).extracting(ref -> cells.get(ref).text())
                .containsExactly("1", "08707", "Phường Tích Sơn", "9,120", "6,004");
        assertThat(List.of("C11", "D11", "E11")).extracting(ref -> cells.get(ref).text())
                .containsExactly("Cộng thành phố Vĩnh Yên", "21,570", "14,105");
        assertThat(List.of("A12", "C13", "D13", "E13", "C14", "D14", "E14")).extracting(ref -> cells.get(ref).text())
                .containsExactly("3", "Cộng huyện Vĩnh Tường", "7,300", "0", "Tổng cộng", "28,870", "14,105");
        assertThat(cells).doesNotContainKey("E12");

        WorkbookReading reading = new ReportWorkbookReader().read(read, TestCatalogue.LOOKUP);
        assertThat(reading.errors()).isEmpty();
        assertThat(reading.warnings()).isEmpty();
        assertThat(reading.reports()).extracting(d -> d.unit().text(), RealWorldWorkbookWriterTest::figures)
                .containsExactly(
                        tuple("08707", Map.of("EID_REGISTERED", big(9_120), "EID_ACTIVATED", big(6_004))),
                        tuple("08710", Map.of("EID_REGISTERED", big(12_450), "EID_ACTIVATED", big(8_101))),
                        tuple("09130", Map.of("EID_REGISTERED", big(7_300))));
        assertThat(reading.reports()).allSatisfy(d -> {
            assertThat(d.layout()).isEqualTo(ReportLayout.MATRIX);
            assertThat(d.period().period()).isEqualTo(ReportingPeriod.month(2023, 9));
        });
    }

    @Test
    void several_sheets_make_one_workbook_with_a_report_per_sheet() throws Exception {
        UnitReportSheet.Header lienBao = new UnitReportSheet.Header("UBND THÀNH PHỐ VĨNH YÊN", "UBND PHƯỜNG LIÊN BẢO",
                "08710 - Phường Liên Bảo", "Sở Thông tin và Truyền thông", "Liên Bảo", YearMonth.of(2023, 9),
                LocalDate.of(2023, 10, 3), 12, "BC-UBND", false, "PHÓ CHỦ TỊCH", "Đỗ Minh Sơn", "Vũ Thị Mai");
        Spreadsheet read = write(Format.XLSX, List.of(
                new UnitReportSheet("Vũ Di", UnitReportSheet.Style.STATISTICAL_FORM, VU_DI, LINES),
                new UnitReportSheet("Liên Bảo", UnitReportSheet.Style.STATISTICAL_FORM, lienBao, LINES.subList(0, 2))));
        assertThat(read.sheets()).extracting(Spreadsheet.Sheet::name).containsExactly("Vũ Di", "Liên Bảo");
        WorkbookReading reading = new ReportWorkbookReader().read(read, TestCatalogue.LOOKUP);
        assertThat(reading.errors()).isEmpty();
        assertThat(reading.reports()).extracting(d -> d.unit().text(), d -> d.values().size())
                .containsExactly(tuple("UBND xã Vũ Di", 4), tuple("08710 - Phường Liên Bảo", 1));
    }

    @Test
    void figures_are_typed_in_vietnamese_notation() {
        assertThat(ReportWorkbookWriter.countText(new BigDecimal("881286"))).isEqualTo("881.286");
        assertThat(ReportWorkbookWriter.countText(new BigDecimal("17"))).isEqualTo("17");
        assertThat(ReportWorkbookWriter.percentText(new BigDecimal("10.375"))).isEqualTo("10,38%");
        assertThat(ReportWorkbookWriter.percentText(new BigDecimal("100"))).isEqualTo("100%");
        assertThat(ReportWorkbookWriter.percentText(new BigDecimal("40.5"))).isEqualTo("40,5%");
    }

    static BigDecimal big(long value) {
        return BigDecimal.valueOf(value);
    }
}
