package vn.dti.dashboard.reporting.spreadsheet;

import static vn.dti.dashboard.reporting.spreadsheet.OfficialStyles.font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import vn.dti.dashboard.indicators.Pillar;
import vn.dti.dashboard.reporting.ReportForm;
import vn.dti.dashboard.reporting.ReportValueParser.Kind;
import vn.dti.dashboard.shared.Messages;

/**
 * The app's monthly report template for one unit and month, always in Vietnamese (an administrative
 * document). Officials fill only the "Số liệu" and "Ghi chú" cells: everything else is locked without a
 * password, because protection is there to prevent slips, not to keep secrets (and the upload accepts it).
 * Excel itself refuses negative numbers, fractions of a count and percentages above 100, so most mistakes
 * never reach the upload. The header names unit and month in the exact words the upload reader looks for,
 * and a hidden marker cell says it is this template, so reading it back never depends on the file name.
 */
public final class ReportTemplateWriter {

    /** The text of the hidden marker cell (first row, hidden column {@link #MARKER_COLUMN}, i.e. J1). */
    public static final String MARKER = "DTI_TEMPLATE v1";
    public static final int MARKER_COLUMN = 9;
    /** Rows of the header block (0-based): the unit line, the period line, the note, the table's header row. */
    public static final int UNIT_ROW = 4;
    public static final int PERIOD_ROW = 5;
    public static final int NOTE_ROW = 6;
    public static final int HEADER_ROW = 8;
    /** Columns of the table (0-based). */
    public static final int NUMBER_COLUMN = 0;
    public static final int CODE_COLUMN = 1;
    public static final int NAME_COLUMN = 2;
    public static final int UNIT_COLUMN = 3;
    public static final int PREVIOUS_COLUMN = 4;
    public static final int VALUE_COLUMN = 5;
    public static final int NOTE_COLUMN = 6;
    private static final int LAST_COLUMN = NOTE_COLUMN;
    private static final List<String> COLUMN_KEYS = List.of("reporting.template.column.number",
            "reporting.template.column.code", "reporting.template.column.name", "reporting.template.column.unit",
            "reporting.template.column.previous", "reporting.template.column.value", "reporting.template.column.note");
    private static final int[] COLUMN_WIDTHS = {6, 26, 58, 14, 14, 16, 24};
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    private static final Locale VIETNAMESE = Messages.VIETNAMESE;

    private final Messages messages;

    public ReportTemplateWriter(Messages messages) {
        this.messages = messages;
    }

    /** {@code MauBaoCao_CDS_08716_2024-03.xlsx}: ASCII only, safe in any mail client and file system. */
    public static String fileName(ReportForm form) {
        return "MauBaoCao_CDS_" + form.unitCode().replaceAll("[^A-Za-z0-9_-]", "_") + "_" + form.period() + ".xlsx";
    }

    /** The bundle key of a catalogue unit: {@code billion VND} → {@code reporting.template.measure.billion-vnd}. */
    public static String measureKey(String unit) {
        return "reporting.template.measure."
                + unit.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** The Vietnamese unit of measure for the catalogue's English one; the catalogue's text if it has none. */
    public String measureVi(String unit) {
        String text = messages.vi(measureKey(unit));
        return text.startsWith("!") ? unit : text;
    }

    /**
     * The workbook.
     *
     * @param superior the unit the reporting unit answers to, as the first line of the letterhead ("UBND
     *                 THÀNH PHỐ VĨNH YÊN" above a ward, "UBND TỈNH VĨNH PHÚC" above a district or a
     *                 department); null for a province
     */
    public byte[] write(ReportForm form, @Nullable String superior) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            XSSFSheet sheet = workbook.createSheet(text("reporting.template.sheet.report"));
            writeHeader(sheet, form, superior, styles);
            List<Integer> rowIndexes = writeRows(sheet, form, styles);
            int last = rowIndexes.isEmpty() ? HEADER_ROW : rowIndexes.getLast();
            int footer = writeFooter(sheet, last + 2, styles);
            addValidations(sheet, form, rowIndexes);
            layout(sheet, footer);
            writeGuide(workbook.createSheet(text("reporting.template.sheet.guide")), form, styles);
            workbook.setActiveSheet(0);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeHeader(XSSFSheet sheet, ReportForm form, @Nullable String superior, Styles styles) {
        String own = heading(form);
        if (superior != null && !superior.isBlank()) {
            put(sheet, 0, 0, superior.toUpperCase(VIETNAMESE), styles.centered);
            put(sheet, 1, 0, own, styles.boldCentered);
        } else {
            put(sheet, 0, 0, own, styles.boldCentered);
        }
        put(sheet, 0, 3, text("reporting.template.nation"), styles.boldCentered);
        put(sheet, 1, 3, text("reporting.template.motto"), styles.boldCentered);
        put(sheet, 0, MARKER_COLUMN, MARKER, styles.plain);
        merge(sheet, 0, 0, 2);
        merge(sheet, 1, 0, 2);
        merge(sheet, 0, 3, LAST_COLUMN);
        merge(sheet, 1, 3, LAST_COLUMN);

        put(sheet, 3, 0, text("reporting.template.title"), styles.title);
        merge(sheet, 3, 0, LAST_COLUMN);
        String[] month = form.period().split("-");
        // The reader parses these two lines: each stays alone in its own (merged) cell, in these exact words.
        put(sheet, UNIT_ROW, 0, text("reporting.template.unit", form.unitCode(), form.unitName()), styles.boldCentered);
        merge(sheet, UNIT_ROW, 0, LAST_COLUMN);
        put(sheet, PERIOD_ROW, 0, text("reporting.template.period", month[1], month[0]), styles.boldCentered);
        merge(sheet, PERIOD_ROW, 0, LAST_COLUMN);
        String note = form.hasUnitsBelow() ? "reporting.template.note.own-part" : "reporting.template.note.single";
        put(sheet, NOTE_ROW, 0, text(note), styles.note);
        merge(sheet, NOTE_ROW, 0, LAST_COLUMN);
        // Excel does not grow a merged cell's row to its wrapped text: give the note two lines.
        sheet.getRow(NOTE_ROW).setHeightInPoints(34);

        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < COLUMN_KEYS.size(); c++) {
            put(header, c, text(COLUMN_KEYS.get(c)), styles.header);
        }
    }

    /** "UBND PHƯỜNG ĐỐNG ĐA" for a commune, district or province; a department's own name. */
    private String heading(ReportForm form) {
        String name = form.unitName().toUpperCase(VIETNAMESE);
        return "department".equals(form.unitLevel()) ? name : text("reporting.template.people-committee", name);
    }

    /** One section row per pillar, then the pillar's indicators; the sheet rows of the indicators, in order. */
    private List<Integer> writeRows(XSSFSheet sheet, ReportForm form, Styles styles) {
        List<Integer> rowIndexes = new ArrayList<>();
        int r = HEADER_ROW + 1;
        Pillar pillar = null;
        int section = 0;
        int number = 0;
        for (ReportForm.Row row : form.rows()) {
            if (row.pillar() != pillar) {
                pillar = row.pillar();
                Row sectionRow = sheet.createRow(r);
                put(sectionRow, NUMBER_COLUMN, ROMAN[Math.min(section++, ROMAN.length - 1)], styles.section);
                for (int c = 1; c <= LAST_COLUMN; c++) {
                    put(sectionRow, c, "", styles.section);
                }
                sectionRow.getCell(NAME_COLUMN).setCellValue(pillarName(pillar));
                number = 0;
                r++;
            }
            Row line = sheet.createRow(r);
            put(line, NUMBER_COLUMN, Integer.toString(++number), styles.lockedCentered);
            put(line, CODE_COLUMN, row.indicator(), styles.locked);
            String name = row.nameVi();
            put(line, NAME_COLUMN, form.hasUnitsBelow() ? name + " " + text("reporting.template.own-part") : name,
                    styles.lockedWrap);
            put(line, UNIT_COLUMN, measureVi(row.measureUnit()), styles.lockedCentered);
            boolean count = row.kind() == Kind.COUNT;
            number(line, PREVIOUS_COLUMN, row.previousMonth(), count ? styles.previousCount : styles.previousNumber);
            number(line, VALUE_COLUMN, row.current(), count ? styles.inputCount : styles.inputNumber);
            put(line, NOTE_COLUMN, "", styles.inputText);
            rowIndexes.add(r);
            r++;
        }
        return rowIndexes;
    }

    /** The indicators bundle's pillar name, in capitals as section headings are written. */
    private String pillarName(Pillar pillar) {
        return messages.vi("indicators.pillar." + pillar.code()).toUpperCase(VIETNAMESE);
    }

    /** The two signature blocks; returns the last row used. */
    private int writeFooter(XSSFSheet sheet, int r, Styles styles) {
        put(sheet, r, 0, text("reporting.template.footer.preparer"), styles.boldCentered);
        merge(sheet, r, 0, 2);
        put(sheet, r, 3, text("reporting.template.footer.head"), styles.boldCentered);
        merge(sheet, r, 3, LAST_COLUMN);
        put(sheet, r + 1, 0, text("reporting.template.footer.preparer-sign"), styles.italicCentered);
        merge(sheet, r + 1, 0, 2);
        put(sheet, r + 1, 3, text("reporting.template.footer.head-sign"), styles.italicCentered);
        merge(sheet, r + 1, 3, LAST_COLUMN);
        return r + 1;
    }

    /**
     * Excel refuses what the upload would refuse anyway: negatives, fractions of counts, percentages above 100.
     * One rule per kind, over the value cells of the rows of that kind.
     */
    private void addValidations(XSSFSheet sheet, ReportForm form, List<Integer> rowIndexes) {
        Map<Kind, CellRangeAddressList> cells = new EnumMap<>(Kind.class);
        for (int i = 0; i < form.rows().size(); i++) {
            int r = rowIndexes.get(i);
            cells.computeIfAbsent(form.rows().get(i).kind(), k -> new CellRangeAddressList())
                    .addCellRangeAddress(r, VALUE_COLUMN, r, VALUE_COLUMN);
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        cells.forEach((kind, range) -> {
            DataValidationConstraint constraint = switch (kind) {
                case COUNT -> helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
                case PERCENT -> helper.createDecimalConstraint(OperatorType.BETWEEN, "0", "100");
                case NUMBER -> helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
            };
            DataValidation validation = helper.createValidation(constraint, range);
            validation.setShowErrorBox(true);
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox(text("reporting.template.invalid.title"), text(switch (kind) {
                case COUNT -> "reporting.template.invalid.count";
                case PERCENT -> "reporting.template.invalid.percent";
                case NUMBER -> "reporting.template.invalid.number";
            }));
            validation.setEmptyCellAllowed(true);
            sheet.addValidationData(validation);
        });
    }

    private void layout(XSSFSheet sheet, int lastRow) {
        for (int c = 0; c < COLUMN_WIDTHS.length; c++) {
            sheet.setColumnWidth(c, COLUMN_WIDTHS[c] * 256);
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
        sheet.setHorizontallyCenter(true);
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, LAST_COLUMN, 0, lastRow);
        // Widening a column or a row to read a long name is no slip: allow it under protection.
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.enableLocking();
    }

    /** Short instructions and the definition of every indicator of the template, read-only. */
    private void writeGuide(XSSFSheet sheet, ReportForm form, Styles styles) {
        String parts = form.hasUnitsBelow() ? "reporting.template.guide.own-part" : "reporting.template.guide.versions";
        List<String> lines = List.of(text("reporting.template.guide.input"), text("reporting.template.guide.blank"),
                text("reporting.template.guide.kinds"), text("reporting.template.guide.previous"), text(parts),
                text("reporting.template.guide.upload"));
        put(sheet, 0, 0, text("reporting.template.guide.title"), styles.bold);
        merge(sheet, 0, 0, 2);
        int r = 1;
        for (String line : lines) {
            put(sheet, r, 0, line, styles.plainWrap);
            merge(sheet, r, 0, 2);
            // A merged cell's row does not grow to its wrapped text by itself.
            sheet.getRow(r).setHeightInPoints(line.length() > 110 ? 34 : 18);
            r++;
        }
        r++;
        put(sheet, r, 0, text("reporting.template.guide.definitions"), styles.bold);
        merge(sheet, r, 0, 2);
        r++;
        Row header = sheet.createRow(r++);
        put(header, 0, text("reporting.template.column.code"), styles.header);
        put(header, 1, text("reporting.template.column.name"), styles.header);
        put(header, 2, text("reporting.template.column.definition"), styles.header);
        for (ReportForm.Row row : form.rows()) {
            Row line = sheet.createRow(r++);
            put(line, 0, row.indicator(), styles.locked);
            put(line, 1, row.nameVi(), styles.lockedWrap);
            put(line, 2, row.definition(), styles.lockedWrap);
        }
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 50 * 256);
        sheet.setColumnWidth(2, 70 * 256);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.enableLocking();
    }

    private String text(String key, Object... params) {
        return messages.vi(key, params);
    }

    private static void merge(XSSFSheet sheet, int row, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(row, row, firstColumn, lastColumn));
    }

    private static void put(XSSFSheet sheet, int row, int column, String value, CellStyle style) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        put(r, column, value, style);
    }

    private static void put(Row row, int column, String value, CellStyle style) {
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
        final CellStyle plainWrap;
        final CellStyle bold;
        final CellStyle centered;
        final CellStyle boldCentered;
        final CellStyle italicCentered;
        final CellStyle note;
        final CellStyle title;
        final CellStyle header;
        final CellStyle section;
        final CellStyle locked;
        final CellStyle lockedCentered;
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
            plainWrap = style(workbook, normal);
            plainWrap.setWrapText(true);
            bold = style(workbook, boldFont);
            centered = style(workbook, normal);
            centered.setAlignment(HorizontalAlignment.CENTER);
            boldCentered = style(workbook, boldFont);
            boldCentered.setAlignment(HorizontalAlignment.CENTER);
            italicCentered = style(workbook, italicFont);
            italicCentered.setAlignment(HorizontalAlignment.CENTER);
            note = style(workbook, italicFont);
            note.setWrapText(true);
            title = style(workbook, titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            header = bordered(workbook, boldFont);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            section = bordered(workbook, boldFont);
            locked = bordered(workbook, normal);
            lockedCentered = bordered(workbook, normal);
            lockedCentered.setAlignment(HorizontalAlignment.CENTER);
            lockedWrap = bordered(workbook, normal);
            lockedWrap.setWrapText(true);
            // Excel shows the separators of the reader's own locale: 1.245 in Vietnamese Excel, 1,245 in English.
            short count = workbook.createDataFormat().getFormat("#,##0");
            short decimal = workbook.createDataFormat().getFormat("0.##");
            previousCount = grey(bordered(workbook, normal), count);
            previousNumber = grey(bordered(workbook, normal), decimal);
            inputCount = input(bordered(workbook, boldFont), count);
            inputNumber = input(bordered(workbook, boldFont), decimal);
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

        /** Unlocked, on a light yellow so the cells to fill stand out. */
        private static CellStyle input(CellStyle style, short format) {
            style.setDataFormat(format);
            style.setLocked(false);
            style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        }

        private static CellStyle style(XSSFWorkbook workbook, Font font) {
            return OfficialStyles.style(workbook, font, false);
        }

        private static CellStyle bordered(XSSFWorkbook workbook, Font font) {
            return OfficialStyles.style(workbook, font, true);
        }
    }
}
