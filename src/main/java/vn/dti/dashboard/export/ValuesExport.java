package vn.dti.dashboard.export;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import vn.dti.dashboard.audit.AuditLog;
import vn.dti.dashboard.audit.AuditResult;
import vn.dti.dashboard.dashboard.DashboardFiles;
import vn.dti.dashboard.dashboard.DashboardService;
import vn.dti.dashboard.dashboard.DashboardService.ChildRow;
import vn.dti.dashboard.hierarchy.UnitSummary;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.indicators.ValueType;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.shared.api.ApiException;
import vn.dti.dashboard.shared.period.ReportingPeriod;

/**
 * Tables as files: an indicator's breakdown of a unit by its children (the contract's
 * {@code /api/v1/exports/values} and the detail view's download buttons: one row per child unit with code,
 * name, value, numerator, denominator, target, status and rank, best first as on screen) and any other table a
 * view shows. The rows come from the dashboard's reads, so a file holds exactly the figures the view shows,
 * limited to the caller's units; every export is audited.
 */
@Service
public class ValuesExport implements DashboardFiles {

    public enum Format {
        XLSX, CSV
    }

    private final DashboardService dashboards;
    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;
    private final ObjectProvider<MonthlyBrief> briefs;

    ValuesExport(DashboardService dashboards, AuditLog audit, Messages messages, Clock clock,
            ObjectProvider<MonthlyBrief> briefs) {
        this.briefs = briefs;
        this.dashboards = dashboards;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public DashboardFile file(String indicatorCode, String unitCode, String period, String format, Locale locale) {
        return export(indicatorCode, unitCode, period, format, locale);
    }

    @Override
    public DashboardFile brief(String unitCode, String month, Locale locale) {
        return briefs.getObject().brief(unitCode, month, locale);
    }

    @Override
    public DashboardFile table(Table table, String formatText, Locale locale) {
        Format format = format(formatText, locale);
        audit.record("EXPORT", "TABLE", table.name() + "." + format.name().toLowerCase(Locale.ROOT), table.title(),
                AuditResult.SUCCESS);
        return write(table, format, false, locale);
    }

    private Format format(@Nullable String text, Locale locale) {
        return format(text, messages, locale);
    }

    static Format format(@Nullable String text, Messages messages, Locale locale) {
        return switch (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) {
            case "xlsx" -> Format.XLSX;
            case "csv" -> Format.CSV;
            default -> throw ApiException.badRequest(messages.get(locale, "export.format", text));
        };
    }

    /** The file; its bytes are written when it is sent. */
    DashboardFile write(Table table, Format format, boolean fieldNames, Locale locale) {
        Instant now = clock.instant();
        return format == Format.CSV
                ? new DashboardFile(table.name() + ".csv", TableWriter.CSV_TYPE,
                        out -> TableWriter.csv(table, fieldNames, out))
                : new DashboardFile(table.name() + ".xlsx", TableWriter.XLSX_TYPE,
                        out -> TableWriter.xlsx(table, messages, locale, now, out));
    }

    /**
     * The breakdown as a file.
     *
     * @throws ApiException 400 for a bad period or format, 404 for an unknown indicator or unit, 403 (as
     *                      {@code AccessDeniedException}) outside the caller's units
     */
    public DashboardFile export(String indicatorCode, String unitCode, String periodText, String formatText,
            Locale locale) {
        Format format = format(formatText, locale);
        ReportingPeriod period = ReportingPeriod.tryParse(periodText).orElseThrow(() -> ApiException.badRequest(
                messages.get(locale, "export.period", periodText)));
        IndicatorSummary indicator = dashboards.indicator(indicatorCode).orElseThrow(() -> ApiException.notFound(
                messages.get(locale, "export.indicator", indicatorCode)));
        UnitSummary unit = dashboards.unit(unitCode, period).orElseThrow(() -> ApiException.notFound(
                messages.get(locale, "export.unit", unitCode, period.label(locale))));
        List<ChildRow> rows = dashboards.children(indicator, unit, period);
        boolean ratio = indicator.valueType() == ValueType.RATIO;
        // The contract's CSV is for machines: status as ON_TRACK/AT_RISK/BEHIND; the workbook says it in words.
        boolean csv = format == Format.CSV;
        List<List<?>> cells = new ArrayList<>();
        for (ChildRow row : rows) {
            cells.add(Arrays.asList(row.unit().code(), row.unit().name(), row.value().value(), row.value().numerator(),
                    row.value().denominator(), row.target() == null ? null : row.target().value(),
                    row.check() == null ? null : csv ? row.check().status().name()
                            : messages.get(locale, "export.status." + row.check().status().name().toLowerCase(Locale.ROOT)),
                    row.rank()));
        }
        Instant latest = rows.stream().map(c -> c.value().latestReportAt()).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        Table table = new Table("GiaTri_" + indicator.code() + "_" + unit.code() + "_" + period,
                messages.get(locale, "export.values.title", indicator.name(locale), unit.name()),
                List.of(column("code", Kind.TEXT, 12, locale), column("name", Kind.TEXT, 36, locale),
                        column("value", ratio ? Kind.DECIMAL : Kind.COUNT, 14, locale),
                        column("numerator", Kind.COUNT, 14, locale), column("denominator", Kind.COUNT, 14, locale),
                        column("target", ratio ? Kind.DECIMAL : Kind.COUNT, 14, locale),
                        column("status", Kind.TEXT, 16, locale), column("rank", Kind.COUNT, 8, locale)),
                cells,
                List.of(new Fact(messages.get(locale, "export.about.indicator"), indicator.code() + " – "
                        + indicator.name(locale)),
                        new Fact(messages.get(locale, "export.about.unit"), unit.code() + " – " + unit.name()),
                        new Fact(messages.get(locale, "export.about.period"), period.label(locale))),
                latest);
        DashboardFile file = write(table, format, true, locale);
        audit.record("EXPORT", "VALUES", file.fileName(), rows.size() + " dòng, " + format, AuditResult.SUCCESS);
        return file;
    }

    private Column column(String field, Kind kind, int width, Locale locale) {
        return new Column(messages.get(locale, "export.column." + field), field, kind, width);
    }
}
