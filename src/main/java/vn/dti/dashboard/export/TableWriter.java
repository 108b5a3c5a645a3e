package vn.dti.dashboard.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import vn.dti.dashboard.dashboard.DashboardFiles.Column;
import vn.dti.dashboard.dashboard.DashboardFiles.Fact;
import vn.dti.dashboard.dashboard.DashboardFiles.Kind;
import vn.dti.dashboard.dashboard.DashboardFiles.Table;
import vn.dti.dashboard.shared.Messages;

/**
 * Writes a table as XLSX or CSV straight to the response. XLSX streams through SXSSF: only a window of rows is
 * in memory (the rest waits, compressed, in a temporary file), so 100,000 rows cost a few megabytes of heap, not
 * the whole sheet. Numbers are numeric cells with a number format, text is always a text cell (a name such as
 * "=HYPERLINK(…)" never becomes a formula), and CSV text that would start a formula gets a leading apostrophe.
 */
final class TableWriter {

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV_TYPE = "text/csv;charset=UTF-8";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Rows SXSSF keeps in memory before flushing them to its temporary file. */
    private static final int WINDOW = 200;

    private TableWriter() {
    }

    /**
     * UTF-8 with a BOM (Excel then shows diacritics), comma-separated, "." as decimal mark; a header of the
     * columns' headings, or of their field names when the file is for machines (the contract's exports).
     */
    static void csv(Table table, boolean fieldNames, OutputStream target) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), 1 << 16);
        out.write('\uFEFF');
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            out.write(i == 0 ? "" : ",");
            out.write(field(fieldNames ? columns.get(i).field() : columns.get(i).heading()));
        }
        out.write("\r\n");
        for (List<?> row : table.rows()) {
            for (int i = 0; i < columns.size(); i++) {
                out.write(i == 0 ? "" : ",");
                Object cell = i < row.size() ? row.get(i) : null;
                if (cell instanceof Number number) {
                    out.write(plain(number));
                } else if (cell != null) {
                    out.write(field(cell.toString()));
                }
            }
            out.write("\r\n");
        }
        out.flush();
    }

    private static boolean whole(Number number) {
        return number instanceof BigDecimal d ? d.stripTrailingZeros().scale() <= 0
                : number.doubleValue() == Math.rint(number.doubleValue());
    }

    private static String plain(Number number) {
        BigDecimal decimal = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
        return decimal.stripTrailingZeros().toPlainString();
    }

    /** Neutralised, then quoted where the text needs it. */
    private static String field(String text) {
        String safe = SafeText.forCsv(text);
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    /**
     * Numeric cells with number formats, the headings in bold in a frozen first row, column widths; a second
     * sheet ("Thông tin") with what the table is, its filters, when it was made and how fresh its data is.
     */
    static void xlsx(Table table, Messages messages, Locale locale, Instant now, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle count = workbook.createCellStyle();
            count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            List<Column> columns = table.columns();
            List<@Nullable CellStyle> styles = new ArrayList<>();
            for (Column column : columns) {
                styles.add(switch (column.kind()) {
                    case COUNT -> count;
                    case DECIMAL -> decimal;
                    case TEXT, NUMBER -> null;
                });
            }
            Sheet sheet = workbook.createSheet(messages.get(locale, "export.sheet.values"));
            Row head = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(columns.get(i).heading());
                cell.setCellStyle(header);
                sheet.setColumnWidth(i, Math.min(255, Math.max(6, columns.get(i).width())) * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<?> row : table.rows()) {
                Row line = sheet.createRow(r++);
                for (int i = 0; i < columns.size() && i < row.size(); i++) {
                    Object value = row.get(i);
                    if (value == null) {
                        continue; // missing stays empty, not 0
                    }
                    Cell cell = line.createCell(i);
                    if (value instanceof Number number && columns.get(i).kind() != Kind.TEXT) {
                        cell.setCellValue(number.doubleValue());
                        CellStyle style = styles.get(i);
                        cell.setCellStyle(style != null ? style : whole(number) ? count : decimal);
                    } else {
                        cell.setCellValue(value.toString()); // a text cell, never a formula
                    }
                }
            }
            Sheet about = workbook.createSheet(messages.get(locale, "export.sheet.about"));
            DateTimeFormatter time = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM);
            List<Fact> facts = new ArrayList<>();
            facts.add(new Fact(messages.get(locale, "export.about.table"), table.title()));
            facts.addAll(table.facts());
            facts.add(new Fact(messages.get(locale, "export.about.rows"), String.valueOf(r - 1)));
            facts.add(new Fact(messages.get(locale, "export.about.generated"), time.format(now)));
            facts.add(new Fact(messages.get(locale, "export.about.freshness"),
                    table.freshness() == null ? "—" : time.format(table.freshness())));
            facts.add(new Fact(messages.get(locale, "export.about.source"),
                    messages.get(locale, "export.about.source.text")));
            for (int i = 0; i < facts.size(); i++) {
                Row line = about.createRow(i);
                Cell key = line.createCell(0);
                key.setCellValue(facts.get(i).label());
                key.setCellStyle(header);
                line.createCell(1).setCellValue(facts.get(i).value());
            }
            about.setColumnWidth(0, 28 * 256);
            about.setColumnWidth(1, 80 * 256);
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }
}
