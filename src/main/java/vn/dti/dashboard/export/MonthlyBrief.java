package vn.dti.dashboard.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.dti.dashboard.audit.AuditLog;
import vn.dti.dashboard.audit.AuditResult;
import vn.dti.dashboard.dashboard.DashboardFiles.DashboardFile;
import vn.dti.dashboard.dashboard.DashboardService;
import vn.dti.dashboard.dashboard.DashboardService.Card;
import vn.dti.dashboard.dashboard.DashboardService.ChildRow;
import vn.dti.dashboard.dashboard.DashboardService.Overview;
import vn.dti.dashboard.dashboard.DashboardService.ReportState;
import vn.dti.dashboard.dashboard.DashboardService.ReportingStatus;
import vn.dti.dashboard.dashboard.DashboardService.StatusRow;
import vn.dti.dashboard.hierarchy.UnitSummary;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.indicators.ValueType;
import vn.dti.dashboard.rollup.RolledValue;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.shared.api.ApiException;
import vn.dti.dashboard.shared.period.ReportingPeriod;

/**
 * "Báo cáo tháng": the monthly steering brief of a unit as one XLSX workbook: the headline KPIs with target,
 * status and changes; the units one level down ranked per KPI; the units late or missing; the 12-month trends
 * with native Excel line charts (XDDF, editable in Excel, pointing at the trend table's cells); the definitions.
 * Everything comes from the dashboard's reads, so the brief shows the figures the committee sees on screen.
 */
@Service
public class MonthlyBrief {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final DashboardService dashboards;
    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;

    MonthlyBrief(DashboardService dashboards, AuditLog audit, Messages messages, Clock clock) {
        this.dashboards = dashboards;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The brief for the unit and month.
     *
     * @throws ApiException 400 for a period that is not a month, 404 for a unit unknown (or not visible) then
     */
    public DashboardFile brief(String unitCode, String monthText, Locale locale) {
        ReportingPeriod period = ReportingPeriod.tryParse(monthText).filter(ReportingPeriod::isMonth)
                .orElseThrow(() -> ApiException.badRequest(messages.get(locale, "export.brief.month", monthText)));
        UnitSummary unit = dashboards.unit(unitCode, period).orElseThrow(() -> ApiException.notFound(
                messages.get(locale, "export.unit", unitCode, period.label(locale))));
        Overview overview = dashboards.overview(unit, period);
        List<Card> cards = overview.pillars().stream().flatMap(p -> p.cards().stream()).toList();
        boolean below = dashboards.mayOpen(unit);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            summary(book, styles, unit, period, cards, locale);
            if (below) {
                rankings(book, styles, unit, period, cards, locale);
                lateAndMissing(book, styles, unit, period.lastMonth(), locale);
            }
            trends(book, styles, cards, locale);
            definitions(book, styles, cards, locale);
            book.write(out);
            String name = "BaoCao_CDS_" + unit.code() + "_" + period + ".xlsx";
            audit.record("EXPORT", "BRIEF", name, unit.name() + ", " + period.label(locale), AuditResult.SUCCESS);
            byte[] bytes = out.toByteArray();
            return new DashboardFile(name, TableWriter.XLSX_TYPE, target -> target.write(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Styles {
        final CellStyle bold;
        final CellStyle title;
        final CellStyle count;
        final CellStyle decimal;

        Styles(XSSFWorkbook book) {
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            bold = book.createCellStyle();
            bold.setFont(boldFont);
            bold.setWrapText(true);
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = book.createCellStyle();
            title.setFont(big);
            count = book.createCellStyle();
            count.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            decimal = book.createCellStyle();
            decimal.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
        }

        CellStyle forIndicator(IndicatorSummary indicator) {
            return indicator.valueType() == ValueType.COUNT ? count : decimal;
        }
    }

    private void summary(XSSFWorkbook book, Styles styles, UnitSummary unit, ReportingPeriod period, List<Card> cards,
            Locale locale) {
        XSSFSheet sheet = book.createSheet(messages.get(locale, "export.brief.sheet.summary"));
        text(sheet.createRow(0), 0, messages.get(locale, "export.brief.title", unit.name(), period.label(locale)),
                styles.title);
        text(sheet.createRow(1), 0, messages.get(locale, "export.about.generated") + ": "
                + DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM).format(clock.instant()), null);
        header(sheet.createRow(3), styles, messages.get(locale, "export.brief.column.indicator"),
                messages.get(locale, "export.column.value"), messages.get(locale, "export.brief.column.measure"),
                messages.get(locale, "export.column.target"), messages.get(locale, "export.column.status"),
                messages.get(locale, "export.brief.column.change-month"),
                messages.get(locale, "export.brief.column.change-year"),
                messages.get(locale, "export.brief.column.reported"));
        int r = 4;
        for (Card card : cards) {
            Row row = sheet.createRow(r++);
            IndicatorSummary indicator = card.indicator();
            CellStyle style = styles.forIndicator(indicator);
            text(row, 0, indicator.name(locale), null);
            number(row, 1, card.value().value(), style);
            text(row, 2, indicator.valueType() == ValueType.COUNT ? indicator.unit() : "%", null);
            number(row, 3, card.target() == null ? null : card.target().value(), style);
            text(row, 4, card.check() == null ? "" : messages.get(locale, "export.status."
                    + card.check().status().name().toLowerCase(Locale.ROOT)), null);
            number(row, 5, card.change(), style);
            number(row, 6, card.changeFromLastYear(), style);
            text(row, 7, card.value().reportedUnits() + "/" + card.value().expectedUnits(), null);
        }
        sheet.createFreezePane(0, 4);
        widths(sheet, 60, 14, 10, 14, 16, 16, 16, 12);
    }

    private void rankings(XSSFWorkbook book, Styles styles, UnitSummary unit, ReportingPeriod period, List<Card> cards,
            Locale locale) {
        XSSFSheet sheet = book.createSheet(messages.get(locale, "export.brief.sheet.rankings"));
        int r = 0;
        for (Card card : cards) {
            List<ChildRow> children = dashboards.children(card.indicator(), unit, period);
            if (children.isEmpty()) {
                continue;
            }
            text(sheet.createRow(r++), 0, card.indicator().name(locale), styles.bold);
            header(sheet.createRow(r++), styles, messages.get(locale, "export.column.rank"),
                    messages.get(locale, "export.column.name"), messages.get(locale, "export.column.value"),
                    messages.get(locale, "export.column.status"));
            for (ChildRow child : children) {
                Row row = sheet.createRow(r++);
                if (child.rank() != null) {
                    row.createCell(0).setCellValue(child.rank());
                }
                text(row, 1, child.unit().name(), null);
                number(row, 2, child.value().value(), styles.forIndicator(card.indicator()));
                text(row, 3, child.check() == null ? "" : messages.get(locale, "export.status."
                        + child.check().status().name().toLowerCase(Locale.ROOT)), null);
            }
            r++;
        }
        widths(sheet, 8, 40, 14, 16);
    }

    private void lateAndMissing(XSSFWorkbook book, Styles styles, UnitSummary unit, YearMonth month, Locale locale) {
        XSSFSheet sheet = book.createSheet(messages.get(locale, "export.brief.sheet.late"));
        header(sheet.createRow(0), styles, messages.get(locale, "export.column.name"),
                messages.get(locale, "export.brief.column.group"), messages.get(locale, "export.brief.column.state"));
        ReportingStatus status = dashboards.reportingStatus(unit, month, 1, true);
        int r = 1;
        for (StatusRow row : status.rows()) {
            ReportState state = row.months().getLast().state();
            if (state != ReportState.LATE && state != ReportState.MISSING) {
                continue;
            }
            Row line = sheet.createRow(r++);
            text(line, 0, row.unit().name(), null);
            text(line, 1, row.group().name(), null);
            text(line, 2, messages.get(locale, "export.brief.state." + state.name().toLowerCase(Locale.ROOT)), null);
        }
        if (r == 1) {
            text(sheet.createRow(1), 0, messages.get(locale, "export.brief.none-late"), null);
        }
        widths(sheet, 40, 36, 16);
    }

    /** Months down, one column per KPI, and a native line chart of each column that has data. */
    private void trends(XSSFWorkbook book, Styles styles, List<Card> cards, Locale locale) {
        XSSFSheet sheet = book.createSheet(messages.get(locale, "export.brief.sheet.trends"));
        if (cards.isEmpty() || cards.getFirst().trend().isEmpty()) {
            return;
        }
        List<RolledValue> months = cards.stream().map(Card::trend).max(java.util.Comparator.comparingInt(List::size))
                .orElse(List.of());
        Row head = sheet.createRow(0);
        text(head, 0, messages.get(locale, "export.brief.column.month"), styles.bold);
        for (int m = 0; m < months.size(); m++) {
            text(sheet.createRow(m + 1), 0, months.get(m).period(), null);
        }
        int column = 1;
        int charts = 0;
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        for (Card card : cards) {
            text(head, column, card.indicator().name(locale), styles.bold);
            boolean any = false;
            for (RolledValue v : card.trend()) {
                int index = indexOf(months, v.period());
                if (index >= 0 && v.value() != null) {
                    number(sheet.getRow(index + 1), column, v.value(), styles.forIndicator(card.indicator()));
                    any = true;
                }
            }
            if (any) {
                int top = months.size() + 3 + (charts / 2) * 18;
                int left = (charts % 2) * 8;
                XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, left, top, left + 8, top + 16);
                XSSFChart chart = drawing.createChart(anchor);
                chart.setTitleText(card.indicator().name(locale));
                chart.setTitleOverlay(false);
                chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
                XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
                XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
                y.setCrosses(AxisCrosses.AUTO_ZERO);
                XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                        new CellRangeAddress(1, months.size(), 0, 0));
                XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                        new CellRangeAddress(1, months.size(), column, column));
                XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
                XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(categories, values);
                series.setTitle(card.indicator().name(locale), null);
                series.setSmooth(false);
                series.setMarkerStyle(MarkerStyle.CIRCLE);
                chart.plot(data);
                charts++;
            }
            sheet.setColumnWidth(column, 18 * 256);
            column++;
        }
        sheet.setColumnWidth(0, 12 * 256);
    }

    private void definitions(XSSFWorkbook book, Styles styles, List<Card> cards, Locale locale) {
        XSSFSheet sheet = book.createSheet(messages.get(locale, "export.brief.sheet.definitions"));
        header(sheet.createRow(0), styles, messages.get(locale, "export.brief.column.code"),
                messages.get(locale, "export.brief.column.indicator"),
                messages.get(locale, "export.brief.column.definition"));
        int r = 1;
        for (Card card : cards) {
            Row row = sheet.createRow(r++);
            text(row, 0, card.indicator().code(), null);
            text(row, 1, card.indicator().name(locale), null);
            String definition = dashboards.definition(card.indicator().code(), "en".equals(locale.getLanguage()));
            text(row, 2, definition == null ? "" : definition, null);
        }
        widths(sheet, 30, 60, 80);
    }

    private static int indexOf(List<RolledValue> months, String period) {
        for (int i = 0; i < months.size(); i++) {
            if (months.get(i).period().equals(period)) {
                return i;
            }
        }
        return -1;
    }

    private static void header(Row row, Styles styles, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            text(row, i, titles[i], styles.bold);
        }
    }

    /** Always a text cell: a name from an upload that looks like a formula stays text. */
    private static void text(Row row, int column, String value, @Nullable CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, @Nullable BigDecimal value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    private static void widths(XSSFSheet sheet, int... widths) {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }
}
