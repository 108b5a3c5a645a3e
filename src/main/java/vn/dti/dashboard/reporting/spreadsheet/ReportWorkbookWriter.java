package vn.dti.dashboard.reporting.spreadsheet;

import static vn.dti.dashboard.reporting.spreadsheet.OfficialStyles.font;
import static vn.dti.dashboard.reporting.spreadsheet.OfficialStyles.style;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import vn.dti.dashboard.reporting.spreadsheet.UnitReportSheet.Header;
import vn.dti.dashboard.reporting.spreadsheet.UnitReportSheet.Kind;
import vn.dti.dashboard.reporting.spreadsheet.UnitReportSheet.Line;

/**
 * Writes report workbooks the way offices make them (the demo reports and the sample files): merged
 * letterheads, two-row headers, column-number rows, Roman-numeral sections, Times New Roman, signature blocks.
 * Every layout stays within what the upload reader accepts (the API contract's "accepted layouts").
 * Stateless and thread-safe; a small workbook takes a few milliseconds, so thousands can be written at start-up.
 */
public final class ReportWorkbookWriter {

    /** The document properties' creation date: the day the demo data describes ends, not the day it was written. */
    private static final Date CREATED = Date.from(LocalDate.of(2025, 7, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final String[] COLUMN_NUMBERS = {"(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"};

    static {
        useBuiltInXmlFactories();
    }

    private ReportWorkbookWriter() {
    }

    /**
     * Names the JDK's own JAXP factories (unless the JVM was told otherwise). POI and XMLBeans ask for a new
     * factory for every part they read or write, and each {@code newInstance()} without a name scans every jar on
     * the class path for a provider: in the Spring Boot jar that scan was a tenth of the time of writing a small
     * workbook (and of reading one). There is no other XML implementation on the class path, so the same
     * factories are used, only found without the scan.
     */
    private static void useBuiltInXmlFactories() {
        useIfUnset("javax.xml.transform.TransformerFactory",
                javax.xml.transform.TransformerFactory.newDefaultInstance().getClass().getName());
        useIfUnset("javax.xml.parsers.SAXParserFactory",
                javax.xml.parsers.SAXParserFactory.newDefaultInstance().getClass().getName());
        useIfUnset("javax.xml.parsers.DocumentBuilderFactory",
                javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance().getClass().getName());
    }

    private static void useIfUnset(String property, String implementation) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, implementation);
        }
    }

    /** An Excel 2007+ workbook (.xlsx). */
    public static byte[] xlsx(List<? extends ReportSheet> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(CREATED));
            workbook.getProperties().getCoreProperties().setCreator("UBND");
            return write(workbook, sheets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An Excel 97–2003 workbook (.xls), as many offices still save them. */
    public static byte[] xls(List<? extends ReportSheet> sheets) {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            return write(workbook, sheets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(Workbook workbook, List<? extends ReportSheet> sheets) throws IOException {
        Styles styles = new Styles(workbook);
        for (ReportSheet content : sheets) {
            Sheet sheet = workbook.createSheet(content.name());
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            switch (content) {
                case UnitReportSheet report when report.style() == UnitReportSheet.Style.ADMINISTRATIVE ->
                        administrative(sheet, report, styles);
                case UnitReportSheet report -> statisticalForm(sheet, report, styles);
                case UnitMatrixSheet matrix -> matrix(sheet, matrix, styles);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        workbook.write(out);
        return out.toByteArray();
    }

    // ------------------------------------------------------------------ administrative report (style A)

    /** Columns: STT | Chỉ tiêu | Đơn vị tính | Thực hiện: Trong tháng, Lũy kế | Ghi chú. */
    private static void administrative(Sheet sheet, UnitReportSheet report, Styles styles) {
        Header h = report.header();
        int[] widths = {7, 58, 13, 15, 15, 16};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        Row first = row(sheet, 0);
        first.setHeightInPoints(36);
        text(first, 0, h.superior() + "\n" + h.agency(), styles.letterhead);
        text(first, 3, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", styles.letterhead);
        merge(sheet, 0, 0, 0, 2);
        merge(sheet, 0, 0, 3, 5);
        Row second = row(sheet, 1);
        text(second, 0, "Số: " + h.documentNumber() + "/" + h.documentSuffix(), styles.centered);
        text(second, 3, signingLine(h), styles.italicCentered);
        merge(sheet, 1, 1, 0, 2);
        merge(sheet, 1, 1, 3, 5);
        text(row(sheet, 3), 0, "BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ THÁNG " + h.month().getMonthValue() + " NĂM "
                + h.month().getYear(), styles.title);
        merge(sheet, 3, 3, 0, 5);
        if (h.periodRange()) {
            LocalDate from = h.month().minusMonths(1).atDay(15);
            LocalDate to = h.month().atDay(14);
            text(row(sheet, 4), 0, "(Kỳ báo cáo: từ ngày " + from.getDayOfMonth() + "/" + from.getMonthValue() + "/"
                    + from.getYear() + " đến ngày " + to.getDayOfMonth() + "/" + to.getMonthValue() + "/"
                    + to.getYear() + ")", styles.italicCentered);
            merge(sheet, 4, 4, 0, 5);
        }
        int header = 6;
        Row top = row(sheet, header);
        Row below = row(sheet, header + 1);
        String[] titles = {"STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện", null, "Ghi chú"};
        for (int c = 0; c < titles.length; c++) {
            if (titles[c] != null) {
                text(top, c, titles[c], styles.header);
            } else {
                blank(top, c, styles.header);
            }
            blank(below, c, styles.header);
        }
        text(below, 3, "Trong tháng", styles.header);
        text(below, 4, "Lũy kế", styles.header);
        for (int c : new int[] {0, 1, 2, 5}) {
            merge(sheet, header, header + 1, c, c);
        }
        merge(sheet, header, header, 3, 4);
        columnNumbers(row(sheet, header + 2), 6, styles);
        int r = header + 3;
        for (Line line : report.lines()) {
            Row row = row(sheet, r++);
            if (line.kind() == Kind.SECTION) {
                text(row, 0, line.number(), styles.sectionCentered);
                text(row, 1, line.name(), styles.section);
                for (int c = 2; c < 6; c++) {
                    blank(row, c, styles.section);
                }
                merge(sheet, row.getRowNum(), row.getRowNum(), 1, 5);
                continue;
            }
            text(row, 0, line.number(), styles.cellCentered);
            text(row, 1, line.name(), styles.cellWrapped);
            text(row, 2, line.measure(), styles.cellCentered);
            textFigure(row, 3, line, line.value(), styles);
            textFigure(row, 4, line, line.cumulative(), styles);
            blank(row, 5, styles.cell);
        }
        r++;
        signatureBlock(sheet, r, new String[] {"Nơi nhận:", "- Sở Thông tin và Truyền thông;", "- Lưu: VT."}, 0,
                agencySigner(h), 3, 5, h.signerName(), styles);
    }

    private static String signingLine(Header h) {
        LocalDate d = h.signedOn();
        return h.place() + ", ngày " + two(d.getDayOfMonth()) + " tháng " + two(d.getMonthValue()) + " năm " + d.getYear();
    }

    /** "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" or "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC". */
    private static String[] agencySigner(Header h) {
        String title = h.signerTitle();
        if (title.startsWith("PHÓ ")) {
            String head = title.substring(4);
            return h.agency().startsWith("UBND") ? new String[] {"TM. ỦY BAN NHÂN DÂN", "KT. " + head, title}
                    : new String[] {"KT. " + head, title};
        }
        return h.agency().startsWith("UBND") ? new String[] {"TM. ỦY BAN NHÂN DÂN", title} : new String[] {title};
    }

    private static void textFigure(Row row, int column, Line line, @Nullable BigDecimal value, Styles styles) {
        if (value == null) {
            blank(row, column, styles.cell);
            return;
        }
        String text = line.kind() == Kind.PERCENT ? percentText(value) : countText(value);
        if (line.suffix() != null && line.kind() == Kind.COUNT) {
            text = text + " " + line.suffix();
        }
        text(row, column, text, styles.cellRight);
    }

    // ------------------------------------------------------------------ statistical form (style B)

    /** Columns: STT | Chỉ tiêu | Mã | Đơn vị tính | Thực hiện. */
    private static void statisticalForm(Sheet sheet, UnitReportSheet report, Styles styles) {
        Header h = report.header();
        int[] widths = {7, 58, 34, 13, 16};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        Row first = row(sheet, 0);
        text(first, 0, "Biểu số 01/CĐS", styles.bold);
        text(first, 2, "BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ", styles.boldCentered);
        text(first, 3, "Đơn vị báo cáo: " + h.reportingUnit(), styles.plain);
        merge(sheet, 0, 0, 0, 1);
        merge(sheet, 0, 0, 3, 4);
        Row second = row(sheet, 1);
        text(second, 0, "Ban hành kèm theo hướng dẫn của Sở Thông tin và Truyền thông", styles.italic);
        text(second, 2, "Kỳ báo cáo: Tháng " + two(h.month().getMonthValue()) + "/" + h.month().getYear(),
                styles.italicCentered);
        text(second, 3, "Đơn vị nhận báo cáo: " + h.recipient(), styles.plain);
        merge(sheet, 1, 1, 0, 1);
        merge(sheet, 1, 1, 3, 4);
        LocalDate start = h.month().atDay(1);
        LocalDate end = h.month().atEndOfMonth();
        text(row(sheet, 2), 2, "(Từ ngày " + two(start.getDayOfMonth()) + "/" + two(start.getMonthValue()) + "/"
                + start.getYear() + " đến ngày " + two(end.getDayOfMonth()) + "/" + two(end.getMonthValue()) + "/"
                + end.getYear() + ")", styles.italicCentered);
        int header = 4;
        Row top = row(sheet, header);
        String[] titles = {"STT", "Chỉ tiêu", "Mã", "Đơn vị tính", "Thực hiện"};
        for (int c = 0; c < titles.length; c++) {
            text(top, c, titles[c], styles.header);
        }
        columnNumbers(row(sheet, header + 1), 5, styles);
        int r = header + 2;
        for (Line line : report.lines()) {
            Row row = row(sheet, r++);
            if (line.kind() == Kind.SECTION) {
                text(row, 0, line.number(), styles.sectionCentered);
                text(row, 1, line.name(), styles.section);
                for (int c = 2; c < 5; c++) {
                    blank(row, c, styles.section);
                }
                continue;
            }
            text(row, 0, line.number(), styles.cellCentered);
            text(row, 1, line.name(), styles.cellWrapped);
            text(row, 2, line.code() == null ? "" : line.code(), styles.cell);
            text(row, 3, line.measure(), styles.cellCentered);
            Cell value = row.createCell(4);
            if (line.value() == null) {
                value.setCellStyle(styles.cell);
            } else if (line.kind() == Kind.PERCENT) {
                value.setCellValue(line.value().movePointLeft(2).doubleValue());
                value.setCellStyle(styles.percent);
            } else {
                value.setCellValue(line.value().doubleValue());
                value.setCellStyle(styles.count);
            }
        }
        r++;
        Row signingDate = row(sheet, r++);
        text(signingDate, 3, signingLine(h), styles.italicCentered);
        merge(sheet, signingDate.getRowNum(), signingDate.getRowNum(), 3, 4);
        signatureBlock(sheet, r, new String[] {"NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"}, 1,
                new String[] {"THỦ TRƯỞNG ĐƠN VỊ", "(Ký tên, đóng dấu)"}, 3, 4, h.signerName(), styles,
                h.preparedBy());
    }

    // ------------------------------------------------------------------ unit x indicator matrix

    /** Columns: STT | Mã ĐVHC | Xã, phường, thị trấn | one per indicator | Ghi chú. */
    private static void matrix(Sheet sheet, UnitMatrixSheet matrix, Styles styles) {
        int indicators = matrix.indicatorHeaders().size();
        int last = 3 + indicators;
        sheet.setColumnWidth(0, 7 * 256);
        sheet.setColumnWidth(1, 11 * 256);
        sheet.setColumnWidth(2, 28 * 256);
        for (int c = 3; c < 3 + indicators; c++) {
            sheet.setColumnWidth(c, 24 * 256);
        }
        sheet.setColumnWidth(last, 14 * 256);
        Row first = row(sheet, 0);
        first.setHeightInPoints(36);
        text(first, 0, matrix.superior() + "\n" + matrix.agency(), styles.letterhead);
        merge(sheet, 0, 0, 0, 2);
        text(first, 3, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", styles.letterhead);
        merge(sheet, 0, 0, 3, last);
        text(row(sheet, 2), 0, matrix.title(), styles.title);
        merge(sheet, 2, 2, 0, last);
        text(row(sheet, 3), 0, "Kỳ báo cáo: Tháng " + two(matrix.month().getMonthValue()) + "/"
                + matrix.month().getYear(), styles.italicCentered);
        merge(sheet, 3, 3, 0, last);
        LocalDate asOf = matrix.asOf();
        text(row(sheet, 4), 0, "(Số liệu tính đến hết ngày " + two(asOf.getDayOfMonth()) + "/"
                + two(asOf.getMonthValue()) + "/" + asOf.getYear() + ")", styles.italicCentered);
        merge(sheet, 4, 4, 0, last);
        int header = 6;
        Row top = row(sheet, header);
        top.setHeightInPoints(64);
        text(top, 0, "STT", styles.header);
        text(top, 1, "Mã ĐVHC", styles.header);
        text(top, 2, "Xã, phường, thị trấn", styles.header);
        for (int i = 0; i < indicators; i++) {
            text(top, 3 + i, matrix.indicatorHeaders().get(i), styles.header);
        }
        text(top, last, "Ghi chú", styles.header);
        columnNumbers(row(sheet, header + 1), last + 1, styles);
        int r = header + 2;
        int number = 1;
        BigDecimal[] total = zeros(indicators);
        for (UnitMatrixSheet.Group group : matrix.groups()) {
            BigDecimal[] subtotal = zeros(indicators);
            for (UnitMatrixSheet.UnitRow unit : group.units()) {
                Row row = row(sheet, r++);
                text(row, 0, String.valueOf(number++), styles.cellCentered);
                text(row, 1, unit.code(), styles.cellCentered);
                text(row, 2, unit.name(), styles.cell);
                for (int i = 0; i < indicators; i++) {
                    BigDecimal value = i < unit.values().size() ? unit.values().get(i) : null;
                    Cell cell = row.createCell(3 + i);
                    cell.setCellStyle(styles.count);
                    if (value != null) {
                        cell.setCellValue(value.doubleValue());
                        subtotal[i] = subtotal[i].add(value);
                    }
                }
                blank(row, last, styles.cell);
            }
            totalRow(sheet, r++, group.subtotalLabel(), subtotal, last, styles);
            for (int i = 0; i < indicators; i++) {
                total[i] = total[i].add(subtotal[i]);
            }
        }
        totalRow(sheet, r++, "Tổng cộng", total, last, styles);
        r++;
        Row signingDate = row(sheet, r++);
        LocalDate signed = matrix.month().plusMonths(1).atDay(1);
        text(signingDate, 3, "Vĩnh Phúc, ngày " + two(signed.getDayOfMonth()) + " tháng " + two(signed.getMonthValue())
                + " năm " + signed.getYear(), styles.italicCentered);
        merge(sheet, signingDate.getRowNum(), signingDate.getRowNum(), 3, last);
        signatureBlock(sheet, r, new String[] {"NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"}, 1,
                new String[] {"KT. GIÁM ĐỐC", matrix.signerTitle()}, 3, last, matrix.signerName(), styles);
    }

    private static void totalRow(Sheet sheet, int r, String label, BigDecimal[] sums, int last, Styles styles) {
        Row row = row(sheet, r);
        blank(row, 0, styles.totalLabel);
        blank(row, 1, styles.totalLabel);
        text(row, 2, label, styles.totalLabel);
        for (int i = 0; i < sums.length; i++) {
            Cell cell = row.createCell(3 + i);
            cell.setCellValue(sums[i].doubleValue());
            cell.setCellStyle(styles.totalCount);
        }
        blank(row, last, styles.totalLabel);
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] values = new BigDecimal[n];
        java.util.Arrays.fill(values, BigDecimal.ZERO);
        return values;
    }

    // ------------------------------------------------------------------ shared parts

    private static void columnNumbers(Row row, int columns, Styles styles) {
        for (int c = 0; c < columns; c++) {
            text(row, c, COLUMN_NUMBERS[c], styles.columnNumber);
        }
    }

    private static void signatureBlock(Sheet sheet, int r, String[] left, int leftColumn, String[] right,
            int rightFrom, int rightTo, String signer, Styles styles, String... preparedBy) {
        int lines = Math.max(left.length, right.length);
        for (int i = 0; i < lines; i++) {
            Row row = row(sheet, r + i);
            if (i < left.length) {
                text(row, leftColumn, left[i], i == 0 ? styles.bold : styles.italic);
            }
            if (i < right.length) {
                text(row, rightFrom, right[i], right[i].startsWith("(") ? styles.italicCentered : styles.boldCentered);
                merge(sheet, r + i, r + i, rightFrom, rightTo);
            }
        }
        Row names = row(sheet, r + lines + 3);
        if (preparedBy.length > 0) {
            text(names, leftColumn, preparedBy[0], styles.boldCentered);
        }
        text(names, rightFrom, signer, styles.boldCentered);
        merge(sheet, names.getRowNum(), names.getRowNum(), rightFrom, rightTo);
    }

    private static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void blank(Row row, int column, CellStyle style) {
        row.createCell(column).setCellStyle(style);
    }

    private static void merge(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
        sheet.addMergedRegionUnsafe(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    /** "1.245": a whole number with "." between thousands, as Vietnamese reports type it. */
    public static String countText(BigDecimal value) {
        return vietnamese("#,##0").format(value);
    }

    /** "41,12%": a percentage with a decimal comma and at most two decimals. */
    public static String percentText(BigDecimal percent) {
        return vietnamese("#,##0.##").format(percent.setScale(2, RoundingMode.HALF_UP)) + "%";
    }

    private static DecimalFormat vietnamese(String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(VI);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** The styles of one workbook (a workbook may hold only a limited number of them, so they are shared). */
    private static final class Styles {
        final CellStyle plain;
        final CellStyle bold;
        final CellStyle boldCentered;
        final CellStyle italic;
        final CellStyle italicCentered;
        final CellStyle centered;
        final CellStyle letterhead;
        final CellStyle title;
        final CellStyle header;
        final CellStyle columnNumber;
        final CellStyle section;
        final CellStyle sectionCentered;
        final CellStyle cell;
        final CellStyle cellCentered;
        final CellStyle cellWrapped;
        final CellStyle cellRight;
        final CellStyle count;
        final CellStyle percent;
        final CellStyle totalLabel;
        final CellStyle totalCount;

        Styles(Workbook workbook) {
            Font normal = font(workbook, false, false, 12);
            Font boldFont = font(workbook, true, false, 12);
            Font italicFont = font(workbook, false, true, 12);
            Font titleFont = font(workbook, true, false, 14);
            plain = style(workbook, normal, false);
            bold = style(workbook, boldFont, false);
            boldCentered = style(workbook, boldFont, false);
            boldCentered.setAlignment(HorizontalAlignment.CENTER);
            italic = style(workbook, italicFont, false);
            italicCentered = style(workbook, italicFont, false);
            italicCentered.setAlignment(HorizontalAlignment.CENTER);
            centered = style(workbook, normal, false);
            centered.setAlignment(HorizontalAlignment.CENTER);
            letterhead = style(workbook, boldFont, false);
            letterhead.setAlignment(HorizontalAlignment.CENTER);
            letterhead.setWrapText(true);
            title = style(workbook, titleFont, false);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setWrapText(true);
            header = style(workbook, boldFont, true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            columnNumber = style(workbook, italicFont, true);
            columnNumber.setAlignment(HorizontalAlignment.CENTER);
            section = style(workbook, boldFont, true);
            sectionCentered = style(workbook, boldFont, true);
            sectionCentered.setAlignment(HorizontalAlignment.CENTER);
            cell = style(workbook, normal, true);
            cellCentered = style(workbook, normal, true);
            cellCentered.setAlignment(HorizontalAlignment.CENTER);
            cellWrapped = style(workbook, normal, true);
            cellWrapped.setWrapText(true);
            cellRight = style(workbook, normal, true);
            cellRight.setAlignment(HorizontalAlignment.RIGHT);
            count = style(workbook, normal, true);
            count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            percent = style(workbook, normal, true);
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
            totalLabel = style(workbook, boldFont, true);
            totalCount = style(workbook, boldFont, true);
            totalCount.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        }

    }
}
