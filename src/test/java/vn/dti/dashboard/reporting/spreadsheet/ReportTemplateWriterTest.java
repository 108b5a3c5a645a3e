package vn.dti.dashboard.reporting.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.dti.dashboard.indicators.Pillar;
import vn.dti.dashboard.reporting.ReportForm;
import vn.dti.dashboard.reporting.ReportValueParser.Kind;
import vn.dti.dashboard.shared.Messages;

/** The template as Excel opens it, read back cell by cell with POI; no Spring. */
class ReportTemplateWriterTest {

    static final Messages MESSAGES = new Messages();
    static final ReportTemplateWriter WRITER = new ReportTemplateWriter(MESSAGES);
    /** US separators, whatever the machine's locale: Excel itself shows the reader's own. */
    final DataFormatter formatter = new DataFormatter(Locale.US);

    /** A ward's form with one row of each kind, over three pillars. */
    static ReportForm wardForm(boolean hasUnitsBelow) {
        return new ReportForm("08716", "Phường Đống Đa", "commune", "2024-03", hasUnitsBelow, List.of(
                new ReportForm.Row("DT_COMMUNICATION_ITEMS", "Số tin, bài, chuyên mục tuyên truyền về chuyển đổi số",
                        "DT awareness communication items", Pillar.AWARENESS, "items", Kind.COUNT,
                        "Số tin, bài tuyên truyền đăng trong tháng.", null, new BigDecimal("14")),
                new ReportForm.Row("CDT_TEAMS", "Số Tổ công nghệ số cộng đồng", "Community digital technology teams",
                        Pillar.AWARENESS, "teams", Kind.COUNT, "Số Tổ CNSCĐ tại cuối tháng.", new BigDecimal("12"),
                        new BigDecimal("11")),
                new ReportForm.Row("DOSSIERS_RECEIVED", "Tổng số hồ sơ thủ tục hành chính tiếp nhận",
                        "Dossiers received", Pillar.DIGITAL_GOVERNMENT, "dossiers", Kind.COUNT,
                        "Hồ sơ mới tiếp nhận trong tháng.", new BigDecimal("1245"), new BigDecimal("1180")),
                new ReportForm.Row("DOSSIERS_ONLINE_RATE", "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến",
                        "Share of dossiers received online", Pillar.DIGITAL_GOVERNMENT, "percent", Kind.PERCENT,
                        "= Hồ sơ trực tuyến / Tổng hồ sơ × 100.", null, new BigDecimal("41.12")),
                new ReportForm.Row("CITIZEN_APP_AVG_MINUTES_PER_DAY", "Thời gian sử dụng ứng dụng công dân số",
                        "Average daily minutes per user", Pillar.DIGITAL_SOCIETY, "minutes per user per day",
                        Kind.NUMBER, "Số phút bình quân mỗi người dùng mỗi ngày.", new BigDecimal("12.5"), null)));
    }

    static XSSFWorkbook written(ReportForm form, String superior) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(WRITER.write(form, superior)));
    }

    String text(XSSFSheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null || r.getCell(column) == null ? "" : formatter.formatCellValue(r.getCell(column));
    }

    Cell cell(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column);
    }

    @Test
    void the_header_names_unit_and_month_in_the_words_the_reader_looks_for() throws IOException {
        try (XSSFWorkbook workbook = written(wardForm(false), "UBND Thành phố Vĩnh Yên")) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isEqualTo("Báo cáo");
            assertThat(workbook.getSheetName(1)).isEqualTo("Hướng dẫn");
            XSSFSheet sheet = workbook.getSheet("Báo cáo");
            assertThat(text(sheet, 0, 0)).isEqualTo("UBND THÀNH PHỐ VĨNH YÊN");
            assertThat(text(sheet, 1, 0)).isEqualTo("UBND PHƯỜNG ĐỐNG ĐA");
            assertThat(text(sheet, 0, 3)).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            assertThat(text(sheet, 1, 3)).isEqualTo("Độc lập - Tự do - Hạnh phúc");
            assertThat(text(sheet, 3, 0)).isEqualTo("BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ");
            assertThat(text(sheet, 4, 0)).isEqualTo("Đơn vị báo cáo: 08716 - Phường Đống Đa");
            assertThat(text(sheet, 5, 0)).isEqualTo("Kỳ báo cáo: Tháng 03/2024");
            assertThat(text(sheet, 6, 0)).startsWith("Nhập số liệu vào cột «Số liệu»; để trống nếu chưa có số liệu");
            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A4:G4"),
                    CellRangeAddress.valueOf("A5:G5"), CellRangeAddress.valueOf("A6:G6"),
                    CellRangeAddress.valueOf("A1:C1"), CellRangeAddress.valueOf("D1:G1"));
            assertThat(workbook.getFontAt(cell(sheet, 3, 0).getCellStyle().getFontIndex()).getFontName())
                    .isEqualTo("Times New Roman");
            assertThat(workbook.getFontAt(cell(sheet, 3, 0).getCellStyle().getFontIndex()).getBold()).isTrue();

            assertThat(text(sheet, 0, 9)).isEqualTo("DTI_TEMPLATE v1");
            assertThat(sheet.isColumnHidden(9)).isTrue();
            for (int c = 0; c <= 6; c++) {
                assertThat(sheet.isColumnHidden(c)).as("column %d", c).isFalse();
            }
        }
    }

    @Test
    void rows_are_grouped_by_pillar_with_roman_section_rows_and_vietnamese_units() throws IOException {
        try (XSSFWorkbook workbook = written(wardForm(false), "UBND Thành phố Vĩnh Yên")) {
            XSSFSheet sheet = workbook.getSheet("Báo cáo");
            List<String> header = new ArrayList<>();
            for (int c = 0; c <= 7; c++) {
                header.add(text(sheet, 8, c));
            }
            assertThat(header).containsExactly("STT", "Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính", "Tháng trước",
                    "Số liệu", "Ghi chú", "");

            List<String> table = new ArrayList<>();
            for (int r = 9; r <= 16; r++) {
                table.add(String.join(" | ", text(sheet, r, 0), text(sheet, r, 1), text(sheet, r, 2),
                        text(sheet, r, 3), text(sheet, r, 4), text(sheet, r, 5)));
            }
            assertThat(table).containsExactly(
                    "I |  | NHẬN THỨC SỐ |  |  | ",
                    "1 | DT_COMMUNICATION_ITEMS | Số tin, bài, chuyên mục tuyên truyền về chuyển đổi số | tin, bài "
                            + "| 14 | ",
                    "2 | CDT_TEAMS | Số Tổ công nghệ số cộng đồng | tổ | 11 | 12",
                    "II |  | CHÍNH QUYỀN SỐ |  |  | ",
                    "1 | DOSSIERS_RECEIVED | Tổng số hồ sơ thủ tục hành chính tiếp nhận | hồ sơ | 1,180 | 1,245",
                    "2 | DOSSIERS_ONLINE_RATE | Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến | % | 41.12 | ",
                    "III |  | XÃ HỘI SỐ |  |  | ",
                    "1 | CITIZEN_APP_AVG_MINUTES_PER_DAY | Thời gian sử dụng ứng dụng công dân số "
                            + "| phút/người/ngày |  | 12.5");

            assertThat(cell(sheet, 13, 4).getNumericCellValue()).isEqualTo(1180.0);
            assertThat(cell(sheet, 13, 5).getNumericCellValue()).isEqualTo(1245.0);
            assertThat(cell(sheet, 13, 4).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(cell(sheet, 13, 5).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(cell(sheet, 14, 4).getNumericCellValue()).isEqualTo(41.12);
            assertThat(cell(sheet, 14, 4).getCellStyle().getDataFormatString()).isEqualTo("0.##");
            assertThat(cell(sheet, 16, 5).getCellStyle().getDataFormatString()).isEqualTo("0.##");
            assertThat(cell(sheet, 10, 5).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(cell(sheet, 16, 4).getCellType()).isEqualTo(CellType.BLANK);
            XSSFCellStyle previous = (XSSFCellStyle) cell(sheet, 11, 4).getCellStyle();
            assertThat(previous.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(previous.getFillForegroundColor()).isEqualTo((short) 22); // GREY_25_PERCENT

            assertThat(text(sheet, 18, 0)).isEqualTo("NGƯỜI LẬP BIỂU");
            assertThat(text(sheet, 19, 0)).isEqualTo("(Ký, ghi rõ họ tên)");
            assertThat(text(sheet, 18, 3)).isEqualTo("THỦ TRƯỞNG ĐƠN VỊ");
            assertThat(text(sheet, 19, 3)).isEqualTo("(Ký tên, đóng dấu)");
        }
    }

    @Test
    void only_the_value_and_note_cells_are_unlocked_and_the_sheet_is_protected() throws IOException {
        try (XSSFWorkbook workbook = written(wardForm(false), "UBND Thành phố Vĩnh Yên")) {
            XSSFSheet sheet = workbook.getSheet("Báo cáo");
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
            for (int r : new int[] {10, 11, 13, 14, 16}) {
                for (int c = 0; c <= 6; c++) {
                    assertThat(cell(sheet, r, c).getCellStyle().getLocked()).as("row %d column %d", r, c)
                            .isEqualTo(c != 5 && c != 6);
                }
            }
            for (int c = 0; c <= 6; c++) {
                assertThat(cell(sheet, 8, c).getCellStyle().getLocked()).isTrue();
                assertThat(cell(sheet, 9, c).getCellStyle().getLocked()).isTrue();
            }
            assertThat(cell(sheet, 4, 0).getCellStyle().getLocked()).isTrue();
            assertThat(workbook.getSheet("Hướng dẫn").getProtect()).isTrue();
        }
    }

    @Test
    void excel_refuses_negatives_fractions_of_counts_and_percentages_above_100() throws IOException {
        try (XSSFWorkbook workbook = written(wardForm(false), "UBND Thành phố Vĩnh Yên")) {
            List<XSSFDataValidation> validations = workbook.getSheet("Báo cáo").getDataValidations();
            assertThat(validations).hasSize(3);
            List<String> rules = new ArrayList<>();
            for (XSSFDataValidation v : validations) {
                var c = v.getValidationConstraint();
                List<String> ranges = new ArrayList<>();
                for (CellRangeAddress range : v.getRegions().getCellRangeAddresses()) {
                    ranges.add(range.formatAsString());
                }
                rules.add(type(c.getValidationType()) + " " + operator(c.getOperator()) + " " + c.getFormula1()
                        + (c.getFormula2() == null ? "" : ".." + c.getFormula2()) + " on " + String.join(",", ranges)
                        + (v.getShowErrorBox() && v.getErrorStyle() == DataValidation.ErrorStyle.STOP ? " stop" : "")
                        + (v.getEmptyCellAllowed() ? " blank-ok" : "") + " «" + v.getErrorBoxTitle() + ": "
                        + v.getErrorBoxText() + "»");
            }
            assertThat(rules).containsExactlyInAnyOrder(
                    "whole >= 0 on F11,F12,F14 stop blank-ok «Số liệu không hợp lệ: Chỉ tiêu này là số lượng: "
                            + "nhập số nguyên không âm, ví dụ 1245.»",
                    "decimal between 0..100 on F15 stop blank-ok «Số liệu không hợp lệ: Nhập tỷ lệ phần trăm "
                            + "từ 0 đến 100, ví dụ 41,12.»",
                    "decimal >= 0 on F17 stop blank-ok «Số liệu không hợp lệ: Nhập một số không âm, ví dụ 12,5.»");
        }
    }

    private static String type(int type) {
        return switch (type) {
            case ValidationType.INTEGER -> "whole";
            case ValidationType.DECIMAL -> "decimal";
            default -> "type " + type;
        };
    }

    private static String operator(int operator) {
        return switch (operator) {
            case OperatorType.GREATER_OR_EQUAL -> ">=";
            case OperatorType.BETWEEN -> "between";
            default -> "operator " + operator;
        };
    }

    @Test
    void it_prints_on_a4_portrait_one_page_wide_with_the_header_row_repeated_and_frozen() throws IOException {
        try (XSSFWorkbook workbook = written(wardForm(false), "UBND Thành phố Vĩnh Yên")) {
            XSSFSheet sheet = workbook.getSheet("Báo cáo");
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).isFalse();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("9:9"));
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 9);
            assertThat(workbook.getPrintArea(0)).isEqualTo("'Báo cáo'!$A$1:$G$20");
            assertThat(sheet.getColumnWidth(2)).isEqualTo(58 * 256);
        }
    }

    @Test
    void a_unit_with_units_below_enters_its_own_part_only() throws IOException {
        ReportForm district = new ReportForm("243", "Thành phố Vĩnh Yên", "district", "2024-03", true,
                wardForm(true).rows());
        try (XSSFWorkbook workbook = written(district, "UBND Tỉnh Vĩnh Phúc")) {
            XSSFSheet sheet = workbook.getSheet("Báo cáo");
            assertThat(text(sheet, 0, 0)).isEqualTo("UBND TỈNH VĨNH PHÚC");
            assertThat(text(sheet, 1, 0)).isEqualTo("UBND THÀNH PHỐ VĨNH YÊN");
            assertThat(text(sheet, 4, 0)).isEqualTo("Đơn vị báo cáo: 243 - Thành phố Vĩnh Yên");
            assertThat(text(sheet, 6, 0)).isEqualTo("Số liệu riêng của đơn vị, không gồm đơn vị cấp dưới; để trống "
                    + "nếu không có. Số tổng hợp do hệ thống tự tính.");
            assertThat(text(sheet, 11, 2))
                    .isEqualTo("Số Tổ công nghệ số cộng đồng (riêng của đơn vị, không gồm đơn vị cấp dưới)");
            assertThat(text(sheet, 9, 2)).isEqualTo("NHẬN THỨC SỐ");
            assertThat(text(workbook.getSheet("Hướng dẫn"), 5, 0)).startsWith("5. Đơn vị có đơn vị cấp dưới chỉ nhập "
                    + "số liệu riêng của mình");
        }
    }

    @Test
    void a_department_has_its_own_name_as_letterhead_and_a_province_a_single_line() throws IOException {
        ReportForm department = new ReportForm("26-STTTT", "Sở Thông tin và Truyền thông tỉnh Vĩnh Phúc", "department",
                "2024-12", false, wardForm(false).rows());
        try (XSSFWorkbook workbook = written(department, "UBND Tỉnh Vĩnh Phúc")) {
            XSSFSheet sheet = workbook.getSheet("Báo cáo");
            assertThat(text(sheet, 0, 0)).isEqualTo("UBND TỈNH VĨNH PHÚC");
            assertThat(text(sheet, 1, 0)).isEqualTo("SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH VĨNH PHÚC");
            assertThat(text(sheet, 5, 0)).isEqualTo("Kỳ báo cáo: Tháng 12/2024");
        }
        assertThat(ReportTemplateWriter.fileName(department)).isEqualTo("MauBaoCao_CDS_26-STTTT_2024-12.xlsx");
        ReportForm province = new ReportForm("26", "Tỉnh Vĩnh Phúc", "province", "2024-03", true, List.of());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(WRITER.write(province, null)))) {
            XSSFSheet sheet = workbook.getSheet("Báo cáo");
            assertThat(text(sheet, 0, 0)).isEqualTo("UBND TỈNH VĨNH PHÚC");
            assertThat(text(sheet, 1, 0)).isEmpty();
            assertThat(text(sheet, 8, 1)).isEqualTo("Mã chỉ tiêu");
            assertThat(sheet.getLastRowNum()).isEqualTo(11); // header row, a blank row, the two signature rows
        }
    }

    @Test
    void the_guide_sheet_explains_the_template_and_defines_every_indicator_in_it() throws IOException {
        try (XSSFWorkbook workbook = written(wardForm(false), "UBND Thành phố Vĩnh Yên")) {
            XSSFSheet guide = workbook.getSheet("Hướng dẫn");
            assertThat(text(guide, 0, 0)).isEqualTo("HƯỚNG DẪN ĐIỀN MẪU BÁO CÁO");
            assertThat(text(guide, 1, 0)).startsWith("1. Chỉ nhập vào cột «Số liệu» (và «Ghi chú» nếu cần)");
            assertThat(text(guide, 2, 0)).isEqualTo("2. Ô để trống nghĩa là chưa báo cáo; chỉ ghi 0 khi số thực tế "
                    + "bằng 0.");
            assertThat(text(guide, 5, 0)).startsWith("5. Mỗi tháng nộp một báo cáo");
            assertThat(text(guide, 8, 0)).isEqualTo("ĐỊNH NGHĨA CÁC CHỈ TIÊU TRONG MẪU");
            assertThat(List.of(text(guide, 9, 0), text(guide, 9, 1), text(guide, 9, 2)))
                    .containsExactly("Mã chỉ tiêu", "Chỉ tiêu", "Định nghĩa");
            assertThat(List.of(text(guide, 11, 0), text(guide, 11, 2)))
                    .containsExactly("CDT_TEAMS", "Số Tổ CNSCĐ tại cuối tháng.");
            assertThat(text(guide, 14, 0)).isEqualTo("CITIZEN_APP_AVG_MINUTES_PER_DAY");
            assertThat(guide.getLastRowNum()).isEqualTo(14);
        }
    }

    @Test
    void every_unit_of_measure_in_the_catalogue_has_a_vietnamese_name() throws IOException {
        Set<String> units = new TreeSet<>();
        try (CSVParser csv = CSVParser.parse(Files.readString(Path.of("data-samples/indicators.csv"),
                StandardCharsets.UTF_8), CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord record : csv) {
                units.add(record.get("unit"));
            }
        }
        assertThat(units).hasSize(21);
        for (String unit : units) {
            assertThat(MESSAGES.vi(ReportTemplateWriter.measureKey(unit))).as(unit).doesNotStartWith("!");
        }
        assertThat(List.of("dossiers", "persons", "percent", "households", "billion VND", "index (0-1)"))
                .map(WRITER::measureVi).containsExactly("hồ sơ", "người", "%", "hộ", "tỷ đồng", "chỉ số (0–1)");
        assertThat(WRITER.measureVi("hectares")).isEqualTo("hectares");
    }
}
