package vn.dti.dashboard.reporting.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import vn.dti.dashboard.indicators.Pillar;
import vn.dti.dashboard.reporting.ReportForm;
import vn.dti.dashboard.reporting.ReportValueParser.Kind;

/**
 * The app's monthly report template for one unit and month. Officials fill only the "Số liệu" and "Ghi chú"
 * cells (everything else is locked, without a password: protection prevents slips, it is not security);
 * Excel itself refuses negative numbers, fractions of a count and percentages above 100. The header names
 * unit and month in the words the upload reader looks for, and a hidden marker cell says it is this
 * template, so an upload of it never depends on the file name.
 */
public final class ReportTemplateWriter {

    /** The text of the hidden marker cell (column {@link #MARKER_COLUMN}, first row). */
    public static final String MARKER = "DTI_TEMPLATE v1";
    public static final int MARKER_COLUMN = 8;
    /** Sheet names. */
    public static final String REPORT_SHEET = "Báo cáo";
    public static final String GUIDE_SHEET = "Hướng dẫn";
    /** The header row of the table (0-based row index) and its columns. */
    public static final int HEADER_ROW = 8;
    public static final List<String> HEADERS = List.of("STT", "Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính", "Tháng trước",
            "Số liệu", "Ghi chú", "Định nghĩa ngắn");
    public static final int VALUE_COLUMN = 5;
    public static final int NOTE_COLUMN = 6;
    public static final String OWN_PART = "(riêng của đơn vị, không gồm đơn vị cấp dưới)";

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    private static final Map<String, String> UNITS_VI = Map.ofEntries(
            Map.entry("accounts", "tài khoản"), Map.entry("addresses", "địa chỉ"), Map.entry("billion VND", "tỷ đồng"),
            Map.entry("certificates", "chứng thư"), Map.entry("dossiers", "hồ sơ"), Map.entry("hamlets", "thôn, tổ dân phố"),
            Map.entry("households", "hộ"), Map.entry("index (0-1)", "chỉ số (0–1)"), Map.entry("installs", "lượt cài đặt"),
            Map.entry("items", "tin, bài"), Map.entry("meetings", "cuộc họp"),
            Map.entry("minutes per user per day", "phút/người/ngày"), Map.entry("percent", "%"),
            Map.entry("persons", "người"), Map.entry("rank of N", "thứ hạng"), Map.entry("reports", "báo cáo"),
            Map.entry("services", "dịch vụ"), Map.entry("systems", "hệ thống"), Map.entry("teams", "tổ"),
            Map.entry("transactions", "giao dịch"), Map.entry("units", "đơn vị"));
    private static final Map<Pillar, String> PILLARS_VI = Map.of(
            Pillar.AWARENESS, "NHẬN THỨC SỐ", Pillar.INSTITUTIONS, "THỂ CHẾ SỐ", Pillar.INFRASTRUCTURE, "HẠ TẦNG SỐ",
            Pillar.HUMAN_RESOURCES, "NHÂN LỰC SỐ", Pillar.SECURITY, "AN TOÀN THÔNG TIN MẠNG",
            Pillar.DIGITAL_GOVERNMENT, "CHÍNH QUYỀN SỐ", Pillar.DIGITAL_ECONOMY, "KINH TẾ SỐ",
            Pillar.DIGITAL_SOCIETY, "XÃ HỘI SỐ");

    private ReportTemplateWriter() {
    }

    /** The Vietnamese unit of measure for the catalogue's English one. */
    public static String unitVi(String unit) {
        return UNITS_VI.getOrDefault(unit, unit);
    }

    /** {@code MauBaoCao_CDS_08707_2024-03.xlsx}: ASCII only, safe in any mail client. */
    public static String fileName(ReportForm form) {
        return "MauBaoCao_CDS_" + form.unitCode().replaceAll("[^A-Za-z0-9_-]", "_") + "_" + form.period() + ".xlsx";
    }

    public static byte[] write(ReportForm form) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            XSSFSheet sheet = workbook.createSheet(REPORT_SHEET);
            writeHeader(sheet, form, styles);
            int last = writeRows(sheet, form, styles);
            writeFooter(sheet, last + 2, styles);
            addValidations(sheet, form);
            layout(sheet, last);
            writeGuide(workbook.createSheet(GUIDE_SHEET), form, styles);
            workbook.setActiveSheet(0);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeHeader(XSSFSheet sheet, ReportForm form, Styles styles) {
        text(sheet, 0, 0, form.unitName().toUpperCase(Locale.forLanguageTag("vi")), styles.bold);
        text(sheet, 0, 4, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", styles.bold);
        text(sheet, 1, 4, "Độc lập - Tự do - Hạnh phúc", styles.boldCentered);
        text(sheet, 0, MARKER_COLUMN, MARKER, styles.plain);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 4, 7));
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 4, 7));
        text(sheet, 3, 0, "BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ", styles.title);
        sheet.addMergedRegion(new CellRangeAddress(3, 3, 0, 7));
        String[] month = form.period().split("-");
        text(sheet, 4, 0, "Đơn vị báo cáo: " + form.unitCode() + " - " + form.unitName(), styles.plain);
        text(sheet, 5, 0, "Kỳ báo cáo: Tháng " + month[1] + "/" + month[0], styles.italic);
        String note = form.hasUnitsBelow()
                ? "Số liệu riêng của đơn vị, không gồm đơn vị cấp dưới; để trống nếu không có. Số tổng hợp do hệ thống tự tính."
                : "Nhập số liệu vào cột «Số liệu»; để trống nếu chưa có số liệu (ô trống là chưa báo cáo, không phải 0).";
        text(sheet, 6, 0, note, styles.italic);
        sheet.addMergedRegion(new CellRangeAddress(6, 6, 0, 7));
        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < HEADERS.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(HEADERS.get(c));
            cell.setCellStyle(styles.header);
        }
    }

    private static int writeRows(XSSFSheet sheet, ReportForm form, Styles styles) {
        int r = HEADER_ROW + 1;
        Pillar pillar = null;
        int section = 0;
        int number = 0;
        for (ReportForm.Row row : form.rows()) {
            if (row.pillar() != pillar) {
                pillar = row.pillar();
                Row sectionRow = sheet.createRow(r);
                cell(sectionRow, 0, ROMAN[Math.min(section++, ROMAN.length - 1)], styles.section);
                cell(sectionRow, 1, "", styles.section);
                cell(sectionRow, 2, PILLARS_VI.getOrDefault(pillar, pillar.name()), styles.section);
                for (int c = 3; c < HEADERS.size(); c++) {
                    cell(sectionRow, c, "", styles.section);
                }
                number = 0;
                r++;
            }
            Row line = sheet.createRow(r++);
            cell(line, 0, Integer.toString(++number), styles.locked);
            cell(line, 1, row.indicator(), styles.locked);
            cell(line, 2, form.hasUnitsBelow() ? row.nameVi() + " " + OWN_PART : row.nameVi(), styles.lockedWrap);
            cell(line, 3, unitVi(row.measureUnit()), styles.locked);
            number(line, 4, row.previousMonth(), row.kind() == Kind.COUNT ? styles.previousCount : styles.previousNumber);
            number(line, VALUE_COLUMN, row.current(), row.kind() == Kind.COUNT ? styles.inputCount : styles.inputNumber);
            cell(line, NOTE_COLUMN, "", styles.inputText);
            cell(line, 7, row.definition(), styles.lockedWrap);
        }
        return r - 1;
    }

    private static void writeFooter(XSSFSheet sheet, int r, Styles styles) {
        text(sheet, r, 1, "NGƯỜI LẬP BIỂU", styles.boldCentered);
        text(sheet, r, 5, "THỦ TRƯỞNG ĐƠN VỊ", styles.boldCentered);
        text(sheet, r + 1, 1, "(Ký, ghi rõ họ tên)", styles.italic);
        text(sheet, r + 1, 5, "(Ký tên, đóng dấu)", styles.italic);
    }

    /** Excel refuses what the upload would refuse anyway: negatives, fractions of counts, percentages above 100. */
    private static void addValidations(XSSFSheet sheet, ReportForm form) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int r = HEADER_ROW + 1;
        Object pillar = null;
        for (ReportForm.Row row : form.rows()) {
            if (row.pillar() != pillar) {
                pillar = row.pillar();
                r++;
            }
            DataValidationConstraint constraint;
            String message;
            switch (row.kind()) {
                case COUNT -> {
                    constraint = helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
                    message = "Chỉ tiêu này là số lượng: nhập số nguyên không âm, ví dụ 1245.";
                }
                case PERCENT -> {
                    constraint = helper.createDecimalConstraint(OperatorType.BETWEEN, "0", "100");
                    message = "Nhập tỷ lệ phần trăm từ 0 đến 100, ví dụ 41,12.";
                }
                default -> {
                    constraint = helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
                    message = "Nhập một số không âm.";
                }
            }
            DataValidation validation = helper.createValidation(constraint,
                    new CellRangeAddressList(r, r, VALUE_COLUMN, VALUE_COLUMN));
            validation.setShowErrorBox(true);
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox("Số liệu không hợp lệ", message);
            validation.setEmptyCellAllowed(true);
            sheet.addValidationData(validation);
            r++;
        }
    }

    private static void layout(XSSFSheet sheet, int lastRow) {
        int[] widths = {6, 30, 60, 14, 14, 16, 24, 60};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.setColumnHidden(MARKER_COLUMN, true);
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(false);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.getWorkbook().setPrintArea(0, 0, 7, 0, lastRow + 3);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.enableLocking();
    }

    private static void writeGuide(XSSFSheet sheet, ReportForm form, Styles styles) {
        String[] lines = {
            "HƯỚNG DẪN ĐIỀN MẪU BÁO CÁO",
            "1. Chỉ nhập vào cột «Số liệu» (và «Ghi chú» nếu cần); các ô khác đã được khóa.",
            "2. Ô để trống nghĩa là chưa báo cáo; chỉ ghi 0 khi thực tế bằng 0.",
            "3. Số lượng là số nguyên; tỷ lệ phần trăm từ 0 đến 100. Các tỷ lệ (%) do hệ thống tự tính từ tử số và mẫu số, không cần nhập.",
            "4. Cột «Tháng trước» là số liệu đã nộp tháng trước, để đối chiếu.",
            form.hasUnitsBelow()
                    ? "5. Đơn vị có đơn vị cấp dưới chỉ nhập số liệu riêng của mình; số tổng hợp được hệ thống cộng từ báo cáo của đơn vị cấp dưới."
                    : "5. Mỗi tháng nộp một tệp; nộp lại cùng tháng sẽ tạo phiên bản mới, phiên bản mới nhất được dùng.",
            "6. Nộp tại mục «Nộp báo cáo» của hệ thống (hoặc gửi qua API). Không đổi tên trang tính và không chèn thêm cột."};
        for (int i = 0; i < lines.length; i++) {
            text(sheet, i, 0, lines[i], i == 0 ? styles.bold : styles.plain);
        }
        sheet.setColumnWidth(0, 120 * 256);
    }

    private static void text(XSSFSheet sheet, int row, int column, String value, CellStyle style) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        cell(r, column, value, style);
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, @Nullable BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style);
    }

    /** The few styles of the template, Times New Roman as Vietnamese administrative documents use. */
    private static final class Styles {
        final CellStyle plain;
        final CellStyle bold;
        final CellStyle boldCentered;
        final CellStyle italic;
        final CellStyle title;
        final CellStyle header;
        final CellStyle section;
        final CellStyle locked;
        final CellStyle lockedWrap;
        final CellStyle previousCount;
        final CellStyle previousNumber;
        final CellStyle inputCount;
        final CellStyle inputNumber;
        final CellStyle inputText;

        Styles(XSSFWorkbook workbook) {
            Font normal = font(workbook, false, false, 12);
            Font boldFont = font(workbook, true, false, 12);
            Font italicFont = font(workbook, false, true, 12);
            Font titleFont = font(workbook, true, false, 14);
            plain = style(workbook, normal);
            bold = style(workbook, boldFont);
            boldCentered = style(workbook, boldFont);
            boldCentered.setAlignment(HorizontalAlignment.CENTER);
            italic = style(workbook, italicFont);
            title = style(workbook, titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            header = bordered(workbook, boldFont);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            section = bordered(workbook, boldFont);
            locked = bordered(workbook, normal);
            lockedWrap = bordered(workbook, normal);
            lockedWrap.setWrapText(true);
            short count = workbook.createDataFormat().getFormat("#,##0");
            short decimal = workbook.createDataFormat().getFormat("#,##0.##");
            previousCount = grey(bordered(workbook, normal), count);
            previousNumber = grey(bordered(workbook, normal), decimal);
            inputCount = bordered(workbook, boldFont);
            inputCount.setDataFormat(count);
            inputCount.setLocked(false);
            inputNumber = bordered(workbook, boldFont);
            inputNumber.setDataFormat(decimal);
            inputNumber.setLocked(false);
            inputText = bordered(workbook, normal);
            inputText.setLocked(false);
            inputText.setWrapText(true);
        }

        private static CellStyle grey(CellStyle style, short format) {
            style.setDataFormat(format);
            style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        }

        private static Font font(XSSFWorkbook workbook, boolean bold, boolean italic, int points) {
            Font font = workbook.createFont();
            font.setFontName("Times New Roman");
            font.setBold(bold);
            font.setItalic(italic);
            font.setFontHeightInPoints((short) points);
            return font;
        }

        private static CellStyle style(XSSFWorkbook workbook, Font font) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }

        private static CellStyle bordered(XSSFWorkbook workbook, Font font) {
            CellStyle style = style(workbook, font);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
