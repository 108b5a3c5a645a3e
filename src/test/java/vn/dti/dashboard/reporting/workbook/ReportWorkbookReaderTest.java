package vn.dti.dashboard.reporting.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.dti.dashboard.reporting.ReportIssue;
import vn.dti.dashboard.reporting.ReportValueParser;
import vn.dti.dashboard.reporting.workbook.ReportDraft.DraftValue;
import vn.dti.dashboard.reporting.workbook.ReportDraft.LocatedPeriod;
import vn.dti.dashboard.reporting.workbook.ReportDraft.LocatedText;
import vn.dti.dashboard.reporting.workbook.TestWorkbook.Format;
import vn.dti.dashboard.reporting.workbook.TestWorkbook.Formula;
import vn.dti.dashboard.shared.period.ReportingPeriod;

/**
 * Every accepted layout, written with POI as offices write them (merged header blocks, two-row headers,
 * column-number rows, signature blocks, typed Vietnamese numbers and real numeric cells), once as .xlsx and
 * once as .xls, read through the spreadsheet reader and the workbook reader.
 */
class ReportWorkbookReaderTest {

    private final ReportWorkbookReader reader = new ReportWorkbookReader();

    private WorkbookReading read(TestWorkbook workbook) {
        return reader.read(workbook.read("BC_CDS_T09_2023_XaVuDi"), TestCatalogue.LOOKUP);
    }

    private static BigDecimal n(String number) {
        return new BigDecimal(number);
    }

    // ----------------------------------------------------------------------- pattern A, names

    /**
     * report_template_notes.md pattern A: agency and motto blocks, title with the month, the period as a date
     * range, a two-row header with "Thực hiện" over "Trong tháng" | "Lũy kế", a row of column numbers, roman
     * sections, rows named (no code column), values typed as text, a signature block.
     */
    static TestWorkbook administrativeReport(Format format) {
        TestWorkbook workbook = TestWorkbook.of(format);
        workbook.sheet("BC thang")
                .put("A1", "UBND HUYỆN VĨNH TƯỜNG\nUBND XÃ VŨ DI").merge("A1:C1")
                .put("D1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc").merge("D1:H1")
                .put("A2", "Số: 45/BC-UBND").merge("A2:C2")
                .put("D2", "Vũ Di, ngày 05 tháng 10 năm 2023").merge("D2:H2")
                .put("A3", "BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ THÁNG 9 NĂM 2023").merge("A3:H3")
                .put("A4", "(Kỳ báo cáo: từ ngày 15/8/2023 đến ngày 14/9/2023)").merge("A4:H4")
                .row("A5", "STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm", "Thực hiện", null, "Tỷ lệ so KH",
                        "Ghi chú")
                .merge("A5:A6").merge("B5:B6").merge("C5:C6").merge("D5:D6").merge("E5:F5").merge("G5:G6")
                .merge("H5:H6")
                .row("E6", "Trong tháng", "Lũy kế")
                .row("A7", "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)=(6)/(4)", "(8)")
                .row("A8", "I", "CHÍNH QUYỀN SỐ").merge("B8:H8")
                .row("A9", "1", "Tổng số hồ sơ TTHC tiếp nhận", "Hồ sơ", null, "1.245", "10.872")
                .row("A10", "1.1", "Trong đó: tiếp nhận trực tuyến", "Hồ sơ", null, "512", "4.377")
                .row("A11", "2", "Tỷ lệ HSTT", "%", "50%", "41,12%", "40,26%")
                .row("A12", "3", "Số Tổ công nghệ số cộng đồng (tổ)", "Tổ", null, "17 tổ", "17")
                .row("A13", "4", "Số thành viên tổ CNSCĐ", "Người", null, null, "96")
                .row("A14", "II", "KINH TẾ SỐ").merge("B14:H14")
                .row("A15", "5", "Số lượt truy cập Cổng thông tin điện tử xã", "Lượt")
                .row("B16", "Ghi chú: số liệu tính đến ngày 14/9/2023")
                .put("A18", "Nơi nhận:\n- Sở TT&TT;\n- Lưu: VT.")
                .put("E18", "NGƯỜI LẬP BIỂU").put("E19", "(Ký, ghi rõ họ tên)")
                .put("E21", "99");
        return workbook;
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void pattern_a_rows_are_matched_by_name_with_the_in_period_column_and_the_unit_from_the_agency_lines(
            Format format) {
        WorkbookReading reading = read(administrativeReport(format));

        assertThat(reading.errors()).isEmpty();
        ReportDraft draft = reading.reports().getFirst();
        assertThat(reading.reports()).hasSize(1);
        assertThat(draft.sheet()).isEqualTo("BC thang");
        assertThat(draft.layout()).isEqualTo(ReportLayout.NAME_VALUE);
        assertThat(draft.unit()).isEqualTo(new LocatedText("A1", "UBND XÃ VŨ DI"));
        assertThat(draft.period()).isEqualTo(new LocatedPeriod("A4",
                "(Kỳ báo cáo: từ ngày 15/8/2023 đến ngày 14/9/2023)", ReportingPeriod.month(2023, 9)));
        assertThat(draft.values()).extracting(DraftValue::indicator, DraftValue::cell, DraftValue::number)
                .containsExactly(
                        tuple("DOSSIERS_RECEIVED", "E9", n("1245")),
                        tuple("DOSSIERS_RECEIVED_ONLINE", "E10", n("512")),
                        tuple("DOSSIERS_ONLINE_RATE", "E11", n("41.12")),
                        tuple("CDT_TEAMS", "E12", n("17")));
        ReportValueParser.Message dropped = new ReportValueParser.Message(ReportValueParser.TEXT_DROPPED, List.of("tổ"));
        assertThat(draft.values().get(3).notes()).containsExactly(dropped);
        assertThat(reading.warnings()).containsExactly(new ReportIssue("BC thang", "E12", "CDT_TEAMS",
                ReportValueParser.TEXT_DROPPED, List.of("tổ")));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void a_figure_under_a_name_nobody_knows_is_an_error_of_the_name_cell(Format format) {
        TestWorkbook changed = TestWorkbook.of(format);
        changed.sheet("BC thang")
                .put("A3", "BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ THÁNG 9 NĂM 2023")
                .row("A5", "STT", "Nội dung", "Thực hiện")
                .row("A6", "1", "Tổng số hồ sơ TTHC tiếp nhận", "1.245")
                .row("A7", "2", "Số lượt truy cập Cổng thông tin điện tử xã", "3.400")
                .row("A8", "3", "Số lượt truy cập Zalo OA", "-")
                .row("A9", "4", "CDT_MEMBERS", "96")
                .row("A10", "II", "KINH TẾ SỐ");
        WorkbookReading reading = read(changed);
        assertThat(reading.errors()).containsExactly(ReportIssue.of("BC thang", "B7", null,
                ReportWorkbookReader.UNKNOWN_NAME, "Số lượt truy cập Cổng thông tin điện tử xã"));
        assertThat(reading.reports().getFirst().values()).extracting(DraftValue::indicator, DraftValue::number)
                .containsExactly(tuple("DOSSIERS_RECEIVED", n("1245")), tuple("CDT_MEMBERS", n("96")));
        assertThat(reading.reports().getFirst().unit()).isNull();
        assertThat(reading.reports().getFirst().period().period()).isEqualTo(ReportingPeriod.month(2023, 9));
    }

    // ------------------------------------------------------------------ pattern B, codes

    /**
     * report_template_notes.md pattern B: form number, title and "Kỳ báo cáo" in the centre, "Đơn vị báo cáo" and
     * "Đơn vị nhận báo cáo" on the right; a code column; one row per number notation.
     */
    static TestWorkbook statisticalForm(Format format) {
        TestWorkbook workbook = TestWorkbook.of(format);
        workbook.sheet("Biểu 01")
                .put("A1", "Biểu số 01/CĐS").merge("A1:B1")
                .put("C1", "BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ").merge("C1:D1")
                .put("C2", "Kỳ báo cáo: Tháng 09/2023").merge("C2:D2")
                .put("E1", "Đơn vị báo cáo: UBND xã Vũ Di").merge("E1:F1")
                .put("E2", "Đơn vị nhận báo cáo: Sở Thông tin và Truyền thông").merge("E2:F2")
                .row("A4", "STT", "Chỉ tiêu", "Mã", "Đơn vị tính", "Giá trị", "Ghi chú")
                .row("A5", "1", "Tổng số hồ sơ TTHC tiếp nhận", "DOSSIERS_RECEIVED", "Hồ sơ")
                .put("E5", 881286, "#,##0")
                .row("A6", "2", "Tỷ lệ hồ sơ trực tuyến", "DOSSIERS_ONLINE_RATE", "%")
                .put("E6", 0.1038, "0.00%")
                .row("A7", "3", "Hồ sơ trực tuyến", "DOSSIERS_RECEIVED_ONLINE", "Hồ sơ")
                .put("E7", new Formula("E5-790000"), "#,##0")
                .row("A8", "4", "Tài khoản ĐDĐT kích hoạt", " EID_ACTIVATED ", "Tài khoản", "881.286")
                .row("A9", "5", "Số tổ CNSCĐ", "CDT_TEAMS", "Tổ", "1.240 tổ")
                .row("A10", "6", "Tỷ lệ hộ có cáp quang", "HOUSEHOLD_FTTH_RATE", "%", "10,38%")
                .row("A11", "7", "Số thành viên tổ CNSCĐ", "CDT_MEMBERS", "Người")
                .row("A12", "8", "Giá trị tăng thêm kinh tế số", "DIGITAL_ECONOMY_VALUE_ADDED", "Tỷ đồng", "1,5")
                .row("A13", "9", "Chỉ tiêu lạ", "XYZ", "Cái", "5")
                .row("A14", "10", "Hồ sơ ĐDĐT", "eid_registered", "Hồ sơ", "chưa rõ")
                .row("A15", "11", "Tài khoản ĐDĐT kích hoạt (lặp lại)", "EID_ACTIVATED", "Tài khoản", "100")
                .row("A16", "12", "Số hộ gia đình", "HOUSEHOLDS_TOTAL", "Hộ", "Chưa thống kê")
                .put("E18", "THỦ TRƯỞNG ĐƠN VỊ").put("E19", "(Ký tên, đóng dấu)");
        return workbook;
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void pattern_b_codes_read_every_number_notation_and_each_bad_cell_is_an_error_of_that_cell(Format format) {
        WorkbookReading reading = read(statisticalForm(format));

        ReportDraft draft = reading.reports().getFirst();
        assertThat(reading.reports()).hasSize(1);
        assertThat(draft.layout()).isEqualTo(ReportLayout.CODE_VALUE);
        assertThat(draft.unit()).isEqualTo(new LocatedText("E1", "UBND xã Vũ Di"));
        assertThat(draft.period()).isEqualTo(new LocatedPeriod("C2", "Kỳ báo cáo: Tháng 09/2023",
                ReportingPeriod.month(2023, 9)));
        assertThat(draft.values()).extracting(DraftValue::indicator, DraftValue::cell, DraftValue::number)
                .containsExactly(
                        tuple("DOSSIERS_RECEIVED", "E5", n("881286")),
                        tuple("DOSSIERS_ONLINE_RATE", "E6", n("10.38")),
                        tuple("DOSSIERS_RECEIVED_ONLINE", "E7", n("91286")),
                        tuple("EID_ACTIVATED", "E8", n("881286")),
                        tuple("CDT_TEAMS", "E9", n("1240")),
                        tuple("HOUSEHOLD_FTTH_RATE", "E10", n("10.38")),
                        tuple("DIGITAL_ECONOMY_VALUE_ADDED", "E12", n("1.5")));
        assertThat(reading.errors()).containsExactly(
                ReportIssue.of("Biểu 01", "C13", null, ReportWorkbookReader.UNKNOWN_CODE, "XYZ"),
                ReportIssue.of("Biểu 01", "E14", "EID_REGISTERED", ReportValueParser.NOT_A_NUMBER, "chưa rõ"),
                ReportIssue.of("Biểu 01", "E15", "EID_ACTIVATED", ReportWorkbookReader.DUPLICATE, "EID_ACTIVATED",
                        "E8"));
        assertThat(reading.warnings()).extracting(ReportIssue::cell, ReportIssue::messageKey)
                .containsExactly(tuple("E9", ReportValueParser.TEXT_DROPPED));
    }

    // -------------------------------------------------------------------------- template

    static TestWorkbook template(Format format) {
        TestWorkbook workbook = TestWorkbook.of(format);
        workbook.sheet("Báo cáo")
                .put("J1", ReportWorkbookReader.TEMPLATE_MARKER)
                .put("A1", "UBND TỈNH VĨNH PHÚC").merge("A1:G1")
                .put("A2", "BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ").merge("A2:G2")
                .put("A3", "Đơn vị báo cáo: 09175 - Xã Vũ Di").merge("A3:G3")
                .put("A4", "Kỳ báo cáo: Tháng 03/2024").merge("A4:G4")
                .row("A6", "STT", "Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính", "Tháng trước", "Số liệu", "Ghi chú")
                .row("A7", "I", null, "Chính quyền số").merge("C7:G7")
                .row("A8", 1, "DOSSIERS_RECEIVED", "Tổng số hồ sơ thủ tục hành chính tiếp nhận", "hồ sơ")
                .put("E8", 1200, "#,##0").put("F8", 1245, "#,##0")
                .row("A9", 2, "DOSSIERS_RECEIVED_ONLINE", "Số hồ sơ TTHC tiếp nhận trực tuyến", "hồ sơ")
                .put("E9", 500, "#,##0")
                .row("A10", 3, "CDT_TEAMS", "Số Tổ công nghệ số cộng đồng", "tổ")
                .put("E10", 17, "#,##0").put("F10", 18, "#,##0").put("G10", "thành lập thêm 1 tổ")
                .put("A12", "NGƯỜI LẬP BIỂU\n(Ký, ghi rõ họ tên)").put("E12", "THỦ TRƯỞNG ĐƠN VỊ\n(Ký tên, đóng dấu)");
        workbook.sheet("Hướng dẫn").put("A1", "Nhập số liệu vào cột «Số liệu»; để trống nếu không có.");
        return workbook;
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void the_apps_template_is_recognised_and_the_previous_month_column_is_never_the_value(Format format) {
        WorkbookReading reading = read(template(format));

        assertThat(reading.errors()).isEmpty();
        assertThat(reading.warnings()).isEmpty();
        assertThat(reading.reports()).singleElement().satisfies(draft -> {
            assertThat(draft.sheet()).isEqualTo("Báo cáo");
            assertThat(draft.layout()).isEqualTo(ReportLayout.TEMPLATE);
            assertThat(draft.unit()).isEqualTo(new LocatedText("A3", "09175 - Xã Vũ Di"));
            assertThat(draft.period()).isEqualTo(new LocatedPeriod("A4", "Kỳ báo cáo: Tháng 03/2024",
                    ReportingPeriod.month(2024, 3)));
            assertThat(draft.values()).extracting(DraftValue::indicator, DraftValue::cell, DraftValue::number)
                    .containsExactly(tuple("DOSSIERS_RECEIVED", "F8", n("1245")), tuple("CDT_TEAMS", "F10", n("18")));
        });
    }

    // ---------------------------------------------------------------------------- matrix

    /** The police's e-ID figures per commune: a two-row header, district subtotals and a grand total. */
    static TestWorkbook policeMatrix(Format format) {
        TestWorkbook workbook = TestWorkbook.of(format);
        workbook.sheet("DDDT")
                .put("A1", "CÔNG AN TỈNH VĨNH PHÚC").merge("A1:C1")
                .put("A3", "BÁO CÁO KẾT QUẢ THU NHẬN HỒ SƠ ĐỊNH DANH ĐIỆN TỬ THÁNG 9 NĂM 2023").merge("A3:E3")
                .row("A5", "STT", "Xã, phường, thị trấn", "Định danh điện tử", null, "Ghi chú")
                .merge("A5:A6").merge("B5:B6").merge("C5:D5").merge("E5:E6")
                .row("C6", "EID_REGISTERED", "Số tài khoản định danh điện tử đã kích hoạt")
                .row("A7", "(1)", "(2)", "(3)", "(4)", "(5)")
                .row("A8", "1", "Xã Vũ Di").put("C8", 1200, "#,##0").put("D8", 1100, "#,##0")
                .row("A9", "2", "Xã Tân Tiến", "1.500", "1.450")
                .row("B10", "Cộng huyện Vĩnh Tường").put("C10", 2700, "#,##0").put("D10", 2500, "#,##0")
                .row("A11", "3", "Phường Tích Sơn", "3.000", "-")
                .row("B12", "Cộng TP Vĩnh Yên").put("C12", 3000, "#,##0")
                .row("B13", "Tổng cộng", new Formula("C10+C12"), "4.000")
                .put("B15", "Người lập biểu");
        return workbook;
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void a_matrix_gives_one_draft_per_commune_and_checks_its_subtotals_without_storing_them(Format format) {
        WorkbookReading reading = read(policeMatrix(format));

        assertThat(reading.errors()).isEmpty();
        LocatedPeriod september = new LocatedPeriod("A3",
                "BÁO CÁO KẾT QUẢ THU NHẬN HỒ SƠ ĐỊNH DANH ĐIỆN TỬ THÁNG 9 NĂM 2023", ReportingPeriod.month(2023, 9));
        assertThat(reading.reports()).extracting(ReportDraft::layout, ReportDraft::unit, ReportDraft::period)
                .containsExactly(
                        tuple(ReportLayout.MATRIX, new LocatedText("B8", "Xã Vũ Di"), september),
                        tuple(ReportLayout.MATRIX, new LocatedText("B9", "Xã Tân Tiến"), september),
                        tuple(ReportLayout.MATRIX, new LocatedText("B11", "Phường Tích Sơn"), september));
        assertThat(reading.reports()).extracting(r -> r.values().stream()
                        .map(v -> v.indicator() + " " + v.cell() + " " + v.number()).toList())
                .containsExactly(
                        List.of("EID_REGISTERED C8 1200", "EID_ACTIVATED D8 1100"),
                        List.of("EID_REGISTERED C9 1500", "EID_ACTIVATED D9 1450"),
                        List.of("EID_REGISTERED C11 3000"));
        assertThat(reading.warnings()).containsExactly(
                ReportIssue.of("DDDT", "D10", "EID_ACTIVATED", ReportWorkbookReader.SUBTOTAL_MISMATCH,
                        "Cộng huyện Vĩnh Tường", n("2500"), n("2550")),
                ReportIssue.of("DDDT", "D13", "EID_ACTIVATED", ReportWorkbookReader.SUBTOTAL_MISMATCH,
                        "Tổng cộng", n("4000"), n("2550")));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void a_matrix_column_that_names_no_indicator_is_an_error_of_its_header_cell(Format format) {
        TestWorkbook workbook = TestWorkbook.of(format);
        workbook.sheet("Sheet1")
                .put("A1", "Kỳ báo cáo: Tháng 9/2023")
                .row("A3", "STT", "Tên đơn vị", "EID_ACTIVATED", "Số lượt truy cập", "Đơn vị tính", "Ghi chú")
                .row("A4", "1", "Xã Vũ Di", "1.100", "7", "tài khoản");
        WorkbookReading reading = read(workbook);
        assertThat(reading.errors()).containsExactly(ReportIssue.of("Sheet1", "D3", null,
                ReportWorkbookReader.UNKNOWN_COLUMN, "Số lượt truy cập"));
        assertThat(reading.reports()).singleElement().extracting(ReportDraft::unit)
                .isEqualTo(new LocatedText("B4", "Xã Vũ Di"));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void a_matrix_with_unit_codes_names_its_units_by_code_and_a_commune_called_cong_hoa_is_no_subtotal(
            Format format) {
        TestWorkbook workbook = TestWorkbook.of(format);
        workbook.sheet("Tổng hợp")
                .put("A1", "Kỳ báo cáo: Tháng 10/2024")
                .row("A3", "STT", "Mã đơn vị", "Tên đơn vị", "Số tổ CNSCĐ", "CDT_MEMBERS", "Đơn vị tính")
                .row("A4", "1", "10501", "Cộng Hòa", "7", "35", "tổ; người")
                .row("A5", "2", "10504", "Cộng Lạc", "5", "25")
                .row("C6", "Cộng", "12", "60");
        WorkbookReading reading = read(workbook);
        assertThat(reading.errors()).isEmpty();
        assertThat(reading.warnings()).isEmpty();
        assertThat(reading.reports()).extracting(ReportDraft::unit, r -> r.period().period(),
                        r -> r.values().stream().map(v -> v.indicator() + " " + v.number()).toList())
                .containsExactly(
                        tuple(new LocatedText("B4", "10501"), ReportingPeriod.month(2024, 10),
                                List.of("CDT_TEAMS 7", "CDT_MEMBERS 35")),
                        tuple(new LocatedText("B5", "10504"), ReportingPeriod.month(2024, 10),
                                List.of("CDT_TEAMS 5", "CDT_MEMBERS 25")));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void under_a_merged_group_the_column_for_this_period_is_read_and_a_cumulative_only_table_is_no_report(
            Format format) {
        TestWorkbook workbook = TestWorkbook.of(format);
        workbook.sheet("Kỳ này")
                .put("A1", "Kỳ báo cáo: Tháng 9/2023")
                .row("A3", "Mã số", "Chỉ tiêu", "Kết quả thực hiện").merge("C3:D3").merge("A3:A4").merge("B3:B4")
                .row("C4", "Lũy kế", "Kỳ này")
                .row("A5", "CDT_TEAMS", "Số tổ CNSCĐ", "17", "2");
        workbook.sheet("Lũy kế")
                .put("A1", "Kỳ báo cáo: Tháng 9/2023")
                .row("A3", "Mã số", "Chỉ tiêu", "Kết quả thực hiện").merge("A3:A4").merge("B3:B4")
                .row("C4", "Lũy kế từ đầu năm")
                .row("A5", "CDT_TEAMS", "Số tổ CNSCĐ", "17");
        WorkbookReading reading = read(workbook);
        assertThat(reading.errors()).isEmpty();
        assertThat(reading.reports()).singleElement().satisfies(draft -> {
            assertThat(draft.sheet()).isEqualTo("Kỳ này");
            assertThat(draft.values()).extracting(DraftValue::cell, DraftValue::number)
                    .containsExactly(tuple("D5", n("2")));
        });
    }

    // -------------------------------------------------------------------------- workbooks

    @ParameterizedTest
    @EnumSource(Format.class)
    void each_report_sheet_is_a_draft_and_hidden_empty_and_narrative_sheets_are_skipped(Format format) {
        TestWorkbook workbook = TestWorkbook.of(format);
        workbook.sheet("Vũ Di")
                .put("A1", "Đơn vị báo cáo:").put("C1", "Xã Vũ Di")
                .put("A2", "Kỳ báo cáo: Tháng 9/2023")
                .row("A4", "Mã chỉ tiêu", "Số liệu").row("A5", "CDT_TEAMS", "17");
        workbook.sheet("T8 (cũ)").hidden()
                .put("A1", "Đơn vị báo cáo: Xã Vũ Di").put("A2", "Kỳ báo cáo: Tháng 8/2023")
                .row("A4", "Mã chỉ tiêu", "Số liệu").row("A5", "CDT_TEAMS", "16");
        workbook.sheet("Tân Tiến")
                .put("A1", "Đơn vị: tổ").put("A2", "Đơn vị: Xã Tân Tiến").put("A3", "Kỳ báo cáo: Tháng 9/2023")
                .row("A4", "Code", "Value").row("A5", "CDT_TEAMS", 12);
        workbook.sheet("Biểu 02")
                .row("A1", "DANH SÁCH TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG")
                .row("A3", "STT", "Tên tổ", "Thôn", "Số thành viên", "Tổ trưởng")
                .row("A4", "1", "Tổ CNSCĐ thôn Đông", "Thôn Đông", "5", "Nguyễn Văn A");
        workbook.sheet("Phụ lục").put("A1", "Thuyết minh: trong tháng, xã tổ chức 2 buổi tập huấn kỹ năng số.");
        workbook.sheet("Trống");

        WorkbookReading reading = read(workbook);
        assertThat(reading.errors()).isEmpty();
        assertThat(reading.reports()).extracting(ReportDraft::sheet, ReportDraft::unit,
                        r -> r.values().getFirst().number())
                .containsExactly(
                        tuple("Vũ Di", new LocatedText("C1", "Xã Vũ Di"), n("17")),
                        tuple("Tân Tiến", new LocatedText("A2", "Xã Tân Tiến"), n("12")));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void a_workbook_without_a_readable_report_is_one_error_naming_the_accepted_layouts(Format format) {
        TestWorkbook workbook = TestWorkbook.of(format);
        workbook.sheet("Phụ lục").put("A1", "Thuyết minh kết quả chuyển đổi số tháng 9/2023")
                .row("A3", "STT", "Nội dung công việc", "Kết quả")
                .row("A4", "1", "Tuyên truyền", "Đã thực hiện");
        String fileName = workbook.fileName("BC_CDS_T09_2023_XaVuDi");
        WorkbookReading reading = read(workbook);
        assertThat(reading.reports()).isEmpty();
        assertThat(reading.errors()).containsExactly(ReportIssue.of(fileName, null, null,
                ReportWorkbookReader.NO_REPORT, fileName));
    }

    // ----------------------------------------------------------------------------- periods

    @ParameterizedTest
    @EnumSource(Format.class)
    void a_period_that_cannot_be_read_is_an_error_of_its_cell_and_other_periods_are_read_as_written(
            Format format) {
        TestWorkbook workbook = TestWorkbook.of(format);
        workbook.sheet("Tháng")
                .put("A1", "Kỳ báo cáo: Tháng …/20…")
                .row("A3", "Mã", "Giá trị").row("A4", "CDT_TEAMS", "17");
        workbook.sheet("Quý")
                .put("A1", "BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ QUÝ III/2023")
                .row("A3", "Mã", "Giá trị").row("A4", "CDT_TEAMS", "17");
        workbook.sheet("Khác")
                .put("A1", "BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ THÁNG 8 NĂM 2023")
                .put("A2", "Kỳ báo cáo: Tháng 9/2023")
                .row("A3", "Mã", "Giá trị").row("A4", "CDT_TEAMS", "17");
        WorkbookReading reading = read(workbook);

        assertThat(reading.reports()).extracting(ReportDraft::period).containsExactly(
                new LocatedPeriod("A1", "Kỳ báo cáo: Tháng …/20…", null),
                new LocatedPeriod("A1", "BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ QUÝ III/2023", ReportingPeriod.quarter(2023, 3)),
                new LocatedPeriod("A2", "Kỳ báo cáo: Tháng 9/2023", ReportingPeriod.month(2023, 9)));
        assertThat(reading.errors()).containsExactly(ReportIssue.of("Tháng", "A1", null,
                ReportWorkbookReader.PERIOD_UNREADABLE, "Kỳ báo cáo: Tháng …/20…"));
        assertThat(reading.warnings()).containsExactly(ReportIssue.of("Khác", "A2", null,
                ReportWorkbookReader.PERIOD_DIFFERS, "Kỳ báo cáo: Tháng 9/2023",
                "BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ THÁNG 8 NĂM 2023", ReportingPeriod.month(2023, 9)));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void a_code_sheet_row_with_a_figure_but_no_code_is_read_by_name_or_flagged(Format format) {
        TestWorkbook workbook = TestWorkbook.of(format);
        workbook.sheet("Biểu")
                .row("A3", "STT", "Mã số", "Tên chỉ tiêu", "Thực hiện trong tháng", "Lũy kế từ đầu năm")
                .row("A4", "1", "CDT_TEAMS", "Số tổ CNSCĐ", "17", "17")
                .row("A5", "2", null, "Số tài khoản VNeID đã kích hoạt", "1.100", "8.000")
                .row("A6", "3", null, "Tổng cộng", "1.117", "8.017");
        WorkbookReading reading = read(workbook);
        assertThat(reading.errors()).isEmpty();
        assertThat(reading.reports().getFirst().values()).extracting(DraftValue::indicator, DraftValue::cell,
                DraftValue::number).containsExactly(tuple("CDT_TEAMS", "D4", n("17")),
                        tuple("EID_ACTIVATED", "D5", n("1100")));
        assertThat(reading.warnings()).containsExactly(ReportIssue.of("Biểu", "D6", null,
                ReportWorkbookReader.ROW_WITHOUT_INDICATOR, 6));
    }
}
