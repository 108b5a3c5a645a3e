package vn.dti.dashboard.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.dti.dashboard.audit.AuditLog;
import vn.dti.dashboard.audit.AuditResult;
import vn.dti.dashboard.dashboard.DashboardService;
import vn.dti.dashboard.dashboard.DashboardService.ChildRow;
import vn.dti.dashboard.hierarchy.UnitSummary;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.indicators.ValueType;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.shared.api.ApiException;
import vn.dti.dashboard.shared.period.ReportingPeriod;

/**
 * An indicator's breakdown of a unit by its children as a file (the contract's {@code /api/v1/exports/values}
 * and the detail view's download buttons): one row per child unit with code, name, value, numerator,
 * denominator, target, status and rank, best first as on screen. The rows come from the dashboard's
 * reads, so the file holds exactly the figures the view shows, limited to the caller's units.
 */
@Service
public class ValuesExport implements vn.dti.dashboard.dashboard.DashboardFiles {

    /** A file to send. */
    public record ExportFile(String fileName, String contentType, byte[] content) {
    }

    public enum Format {
        XLSX, CSV
    }

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV_TYPE = "text/csv; charset=UTF-8";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final DashboardService dashboards;
    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;

    private final org.springframework.beans.factory.ObjectProvider<MonthlyBrief> briefs;

    ValuesExport(DashboardService dashboards, AuditLog audit, Messages messages, Clock clock,
            org.springframework.beans.factory.ObjectProvider<MonthlyBrief> briefs) {
        this.briefs = briefs;
        this.dashboards = dashboards;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public DashboardFile file(String indicatorCode, String unitCode, String period, String format, Locale locale) {
        ExportFile file = export(indicatorCode, unitCode, period, format, locale);
        return new DashboardFile(file.fileName(), file.contentType(), file.content());
    }

    @Override
    public DashboardFile brief(String unitCode, String month, Locale locale) {
        ExportFile file = briefs.getObject().brief(unitCode, month, locale);
        return new DashboardFile(file.fileName(), file.contentType(), file.content());
    }

    /**
     * The breakdown as a file.
     *
     * @throws ApiException 400 for a bad period or format, 404 for an unknown indicator or unit, 403 (as
     *                      {@code AccessDeniedException}) outside the caller's units
     */
    public ExportFile export(String indicatorCode, String unitCode, String periodText, String formatText,
            Locale locale) {
        Format format = switch (formatText == null ? "" : formatText.strip().toLowerCase(Locale.ROOT)) {
            case "xlsx" -> Format.XLSX;
            case "csv" -> Format.CSV;
            default -> throw ApiException.badRequest(messages.get(locale, "export.format", formatText));
        };
        ReportingPeriod period = ReportingPeriod.tryParse(periodText).orElseThrow(() -> ApiException.badRequest(
                messages.get(locale, "export.period", periodText)));
        IndicatorSummary indicator = dashboards.indicator(indicatorCode).orElseThrow(() -> ApiException.notFound(
                messages.get(locale, "export.indicator", indicatorCode)));
        UnitSummary unit = dashboards.unit(unitCode, period).orElseThrow(() -> ApiException.notFound(
                messages.get(locale, "export.unit", unitCode, period.label(locale))));
        List<ChildRow> rows = dashboards.children(indicator, unit, period);
        String base = "GiaTri_" + indicator.code() + "_" + unit.code() + "_" + period;
        ExportFile file = format == Format.CSV
                ? new ExportFile(base + ".csv", CSV_TYPE, csv(rows))
                : new ExportFile(base + ".xlsx", XLSX_TYPE, xlsx(indicator, unit, period, rows, locale));
        audit.record("EXPORT", "VALUES", file.fileName(), rows.size() + " dòng, " + format, AuditResult.SUCCESS);
        return file;
    }

    /** Machine-readable: UTF-8 with a BOM (Excel then shows diacritics), commas, "." as decimal mark. */
    static byte[] csv(List<ChildRow> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append("code,name,value,numerator,denominator,target,status,rank\r\n");
        for (ChildRow row : rows) {
            out.append(field(row.unit().code())).append(',').append(field(row.unit().name())).append(',')
                    .append(number(row.value().value())).append(',').append(number(row.value().numerator()))
                    .append(',').append(number(row.value().denominator())).append(',')
                    .append(number(row.target() == null ? null : row.target().value())).append(',')
                    .append(row.check() == null ? "" : row.check().status().name()).append(',')
                    .append(row.rank() == null ? "" : row.rank()).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String number(@Nullable BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** Neutralised, then quoted where the text needs it. */
    private static String field(String text) {
        String safe = SafeText.forCsv(text);
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    /**
     * Numeric cells with number formats, Vietnamese headings, a frozen header and column widths; a second
     * sheet says what was exported, when, and how fresh the data is. Streams rows (SXSSF): a breakdown never
     * holds the whole sheet in memory.
     */
    byte[] xlsx(IndicatorSummary indicator, UnitSummary unit, ReportingPeriod period, List<ChildRow> rows,
            Locale locale) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle count = workbook.createCellStyle();
            count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            boolean ratio = indicator.valueType() == ValueType.RATIO;
            Sheet sheet = workbook.createSheet(messages.get(locale, "export.sheet.values"));
            String[] headings = {"code", "name", "value", "numerator", "denominator", "target", "status", "rank"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < headings.length; i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(messages.get(locale, "export.column." + headings[i]));
                cell.setCellStyle(header);
            }
            int r = 1;
            for (ChildRow row : rows) {
                Row line = sheet.createRow(r++);
                // Text cells: a name such as "=HYPERLINK(…)" stays text, never a formula.
                line.createCell(0).setCellValue(row.unit().code());
                line.createCell(1).setCellValue(row.unit().name());
                numeric(line, 2, row.value().value(), ratio ? decimal : count);
                numeric(line, 3, row.value().numerator(), count);
                numeric(line, 4, row.value().denominator(), count);
                numeric(line, 5, row.target() == null ? null : row.target().value(), ratio ? decimal : count);
                line.createCell(6).setCellValue(row.check() == null ? ""
                        : messages.get(locale, "export.status." + row.check().status().name().toLowerCase(Locale.ROOT)));
                if (row.rank() != null) {
                    line.createCell(7).setCellValue(row.rank());
                }
            }
            sheet.createFreezePane(0, 1);
            int[] widths = {12, 36, 14, 14, 14, 14, 16, 8};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            Sheet about = workbook.createSheet(messages.get(locale, "export.sheet.about"));
            Instant latest = rows.stream().map(c -> c.value().latestReportAt()).filter(i -> i != null)
                    .max(Instant::compareTo).orElse(null);
            DateTimeFormatter time = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM);
            String[][] facts = {
                {messages.get(locale, "export.about.indicator"), indicator.code() + " – " + indicator.name(locale)},
                {messages.get(locale, "export.about.unit"), unit.code() + " – " + unit.name()},
                {messages.get(locale, "export.about.period"), period.label(locale)},
                {messages.get(locale, "export.about.generated"), time.format(clock.instant())},
                {messages.get(locale, "export.about.freshness"), latest == null ? "—" : time.format(latest)},
                {messages.get(locale, "export.about.source"), messages.get(locale, "export.about.source.text")}};
            for (int i = 0; i < facts.length; i++) {
                Row line = about.createRow(i);
                Cell key = line.createCell(0);
                key.setCellValue(facts[i][0]);
                key.setCellStyle(header);
                line.createCell(1).setCellValue(facts[i][1]);
            }
            about.setColumnWidth(0, 28 * 256);
            about.setColumnWidth(1, 70 * 256);
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void numeric(Row row, int column, @Nullable BigDecimal value, CellStyle style) {
        if (value == null) {
            return; // missing stays empty, not 0
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

}
