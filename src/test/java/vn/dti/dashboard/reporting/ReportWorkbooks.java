package vn.dti.dashboard.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Builds report workbooks in tests the way officials fill them: text cells, numeric cells and percentages.
 * A {@link Percent} value becomes a numeric fraction with a {@code 0.00%} format.
 */
final class ReportWorkbooks {

    record Percent(double fraction) {
    }

    private final Map<String, Object[][]> sheets = new LinkedHashMap<>();

    static ReportWorkbooks workbook() {
        return new ReportWorkbooks();
    }

    ReportWorkbooks sheet(String name, Object[][] rows) {
        sheets.put(name, rows);
        return this;
    }

    /** A report in the contract's code/value layout: unit and period in header cells, then one row per value. */
    static Object[][] codeValueReport(String unit, String periodText, Object[][] codesAndValues) {
        Object[][] rows = new Object[5 + codesAndValues.length][];
        rows[0] = new Object[] {"BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ"};
        rows[1] = new Object[] {"Đơn vị báo cáo: " + unit};
        rows[2] = new Object[] {"Kỳ báo cáo: " + periodText};
        rows[3] = new Object[] {};
        rows[4] = new Object[] {"STT", "Mã chỉ tiêu", "Chỉ tiêu", "Giá trị"};
        for (int i = 0; i < codesAndValues.length; i++) {
            rows[5 + i] = new Object[] {i + 1, codesAndValues[i][0], "", codesAndValues[i][1]};
        }
        return rows;
    }

    byte[] xlsx() {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheets.forEach((name, rows) -> fill(workbook.createSheet(name), rows, null));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes rows of cells: numbers as numeric cells ({@code countFormat} such as "#,##0" shows them as an office
     * would, null leaves Excel's General), {@link Percent} as a percent-formatted fraction, anything else as text.
     */
    static void fill(Sheet sheet, Object[][] rows, @Nullable String countFormat) {
        Workbook workbook = sheet.getWorkbook();
        CellStyle percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
        CellStyle count = null;
        if (countFormat != null) {
            count = workbook.createCellStyle();
            count.setDataFormat(workbook.createDataFormat().getFormat(countFormat));
        }
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object value = rows[r][c];
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                switch (value) {
                    case Percent p -> {
                        cell.setCellValue(p.fraction());
                        cell.setCellStyle(percent);
                    }
                    case Number n -> {
                        cell.setCellValue(n.doubleValue());
                        if (count != null) {
                            cell.setCellStyle(count);
                        }
                    }
                    default -> cell.setCellValue(value.toString());
                }
            }
        }
    }
}
