package vn.dti.dashboard.reporting.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dti.dashboard.shared.spreadsheet.Spreadsheet;
import vn.dti.dashboard.shared.spreadsheet.SpreadsheetReader;
import vn.dti.dashboard.shared.spreadsheet.SpreadsheetRejectedException;

/**
 * Writes report workbooks as officials make them, in .xlsx or .xls: cells by A1 reference, text typed in
 * Vietnamese notation or real numbers with number formats, formulas with their results, merged cells, hidden
 * sheets. Read back through the app's {@link SpreadsheetReader}, as an upload is.
 */
final class TestWorkbook {

    enum Format {
        XLSX, XLS
    }

    /** A formula; its result is cached in the file when the workbook is written, as Excel does. */
    record Formula(String expression) {
    }

    private final Format format;
    private final Workbook workbook;
    private final Map<String, CellStyle> styles = new HashMap<>();

    private TestWorkbook(Format format) {
        this.format = format;
        this.workbook = format == Format.XLSX ? new XSSFWorkbook() : new HSSFWorkbook();
    }

    static TestWorkbook of(Format format) {
        return new TestWorkbook(format);
    }

    String fileName(String base) {
        return base + (format == Format.XLSX ? ".xlsx" : ".xls");
    }

    SheetBuilder sheet(String name) {
        return new SheetBuilder(workbook.createSheet(name));
    }

    byte[] bytes() {
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook as an upload reads it. */
    Spreadsheet read(String baseName) {
        try {
            return new SpreadsheetReader().read(fileName(baseName), bytes(), SpreadsheetReader.WORKBOOKS);
        } catch (SpreadsheetRejectedException e) {
            throw new IllegalStateException(e);
        }
    }

    private CellStyle style(String dataFormat) {
        return styles.computeIfAbsent(dataFormat, f -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(f));
            return style;
        });
    }

    final class SheetBuilder {

        private final Sheet sheet;

        SheetBuilder(Sheet sheet) {
            this.sheet = sheet;
        }

        /** Text (typed), a Number (a numeric cell), or a {@link Formula}. */
        SheetBuilder put(String ref, Object value) {
            Cell cell = cell(ref);
            switch (value) {
                case Number number -> cell.setCellValue(number.doubleValue());
                case Formula formula -> cell.setCellFormula(formula.expression());
                default -> cell.setCellValue(value.toString());
            }
            return this;
        }

        /** A numeric or formula cell shown with an Excel number format such as {@code #,##0} or {@code 0.00%}. */
        SheetBuilder put(String ref, Object value, String dataFormat) {
            put(ref, value);
            cell(ref).setCellStyle(style(dataFormat));
            return this;
        }

        /** Values for consecutive cells of one row, starting at {@code ref}; null leaves a cell blank. */
        SheetBuilder row(String ref, Object... values) {
            CellReference start = new CellReference(ref);
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    put(new CellReference(start.getRow(), start.getCol() + i).formatAsString(false), values[i]);
                }
            }
            return this;
        }

        SheetBuilder merge(String range) {
            sheet.addMergedRegion(CellRangeAddress.valueOf(range));
            return this;
        }

        SheetBuilder hidden() {
            workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
            return this;
        }

        private Cell cell(String ref) {
            CellReference reference = new CellReference(ref);
            Row row = sheet.getRow(reference.getRow());
            if (row == null) {
                row = sheet.createRow(reference.getRow());
            }
            Cell cell = row.getCell(reference.getCol());
            return cell == null ? row.createCell(reference.getCol()) : cell;
        }
    }
}
