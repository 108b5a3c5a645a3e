package vn.dti.dashboard.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.dti.dashboard.audit.AuditLog;
import vn.dti.dashboard.audit.AuditResult;
import vn.dti.dashboard.dashboard.DashboardFiles.Column;
import vn.dti.dashboard.dashboard.DashboardFiles.DashboardFile;
import vn.dti.dashboard.dashboard.DashboardFiles.Fact;
import vn.dti.dashboard.dashboard.DashboardFiles.Kind;
import vn.dti.dashboard.dashboard.DashboardFiles.Table;
import vn.dti.dashboard.indicators.IndicatorService;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.rollup.RolledValue;
import vn.dti.dashboard.rollup.RollupService;
import vn.dti.dashboard.rollup.RollupService.Depth;
import vn.dti.dashboard.rollup.RollupService.SliceRow;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.shared.api.ApiException;

/**
 * "Xuất dữ liệu": the analyst's slice of indicators × units × months as one long table (a row per unit, month
 * and indicator, with numerator, denominator and completeness), for pivot tables and statistics programs.
 * The rows stream from the rollup a few months at a time into the file, so 100,000 of them fit in a few
 * megabytes of heap; the caller's unit scope applies as to every read.
 */
@Service
public class DataExport {

    private final RollupService rollups;
    private final IndicatorService indicators;
    private final vn.dti.dashboard.hierarchy.HierarchyService hierarchy;
    private final vn.dti.dashboard.security.UserScope users;
    private final ValuesExport files;
    private final AuditLog audit;
    private final Messages messages;

    DataExport(RollupService rollups, IndicatorService indicators, vn.dti.dashboard.hierarchy.HierarchyService hierarchy,
            vn.dti.dashboard.security.UserScope users, ValuesExport files, AuditLog audit, Messages messages) {
        this.hierarchy = hierarchy;
        this.users = users;
        this.rollups = rollups;
        this.indicators = indicators;
        this.files = files;
        this.audit = audit;
        this.messages = messages;
    }

    /** The slice as it is asked for: indicator codes, a unit code, months {@code YYYY-MM} and the depth. */
    public record Request(List<String> indicators, String unit, String from, String to, Depth depth) {
    }

    /**
     * The slice as a file; the question is checked (400, 403, 404) before anything is written.
     *
     * @param format {@code xlsx} or {@code csv}
     */
    public DashboardFile export(Request request, String format, Locale locale) {
        if (request.indicators().isEmpty()) {
            throw ApiException.badRequest(messages.get(locale, "export.data.no-indicator"));
        }
        Iterable<SliceRow> slice = rollups.slice(request.indicators(), request.unit(), request.from(), request.to(),
                request.depth());
        Table table = table(request, slice, locale);
        DashboardFile file = files.write(table, ValuesExport.format(format, messages, locale), true, locale);
        audit.record("EXPORT", "DATA", file.fileName(), String.join(",", request.indicators()) + ", "
                + request.from() + "…" + request.to() + ", " + request.depth(), AuditResult.SUCCESS);
        return file;
    }

    /** The indicators one may export: the active catalogue, KPIs first. */
    public List<IndicatorSummary> indicators() {
        return indicators.catalogue().stream().filter(IndicatorSummary::active)
                .sorted(java.util.Comparator.comparing((IndicatorSummary i) ->
                        i.role() == vn.dti.dashboard.indicators.IndicatorRole.KPI ? 0 : 1)
                        .thenComparingInt(IndicatorSummary::sortOrder)).toList();
    }

    /** The units in force on the date that the caller may read, in the hierarchy's display order. */
    public List<vn.dti.dashboard.hierarchy.UnitSummary> units(java.time.LocalDate date) {
        vn.dti.dashboard.security.CurrentUser user = users.current();
        return hierarchy.unitsInForce(date).stream().filter(user::mayRead).toList();
    }

    /** The first rows of the slice, as the view previews them before the download. */
    public List<SliceRow> preview(Request request, int rows) {
        if (request.indicators().isEmpty()) {
            return List.of();
        }
        return StreamSupport.stream(rollups.slice(request.indicators(), request.unit(), request.from(), request.to(),
                request.depth()).spliterator(), false).limit(rows).toList();
    }

    private Table table(Request request, Iterable<SliceRow> slice, Locale locale) {
        java.util.Map<String, IndicatorSummary> catalogue = new java.util.HashMap<>();
        indicators.catalogue().forEach(i -> catalogue.put(i.code(), i));
        Iterable<List<?>> rows = () -> StreamSupport.stream(slice.spliterator(), false).<List<?>>map(row -> {
            RolledValue v = row.value();
            IndicatorSummary indicator = catalogue.get(v.indicator());
            return Arrays.asList(v.period(), row.unit().code(), row.unit().name(),
                    messages.get(locale, "hierarchy.level." + row.unit().level().code()),
                    v.indicator(), indicator == null ? v.indicator() : indicator.name(locale), v.value(), v.numerator(),
                    v.denominator(), indicator == null ? null : measure(indicator, locale), v.reportedUnits(),
                    v.expectedUnits(), v.onTimeUnits());
        }).iterator();
        return new Table("DuLieu_" + request.unit() + "_" + request.from() + "_" + request.to(),
                messages.get(locale, "export.data.title"),
                List.of(column("period", Kind.TEXT, 10, locale), column("unit", Kind.TEXT, 10, locale),
                        column("unitName", Kind.TEXT, 32, locale), column("level", Kind.TEXT, 12, locale),
                        column("indicator", Kind.TEXT, 28, locale), column("indicatorName", Kind.TEXT, 48, locale),
                        column("value", Kind.NUMBER, 14, locale), column("numerator", Kind.NUMBER, 14, locale),
                        column("denominator", Kind.NUMBER, 14, locale), column("measure", Kind.TEXT, 10, locale),
                        column("reportedUnits", Kind.COUNT, 10, locale), column("expectedUnits", Kind.COUNT, 10, locale),
                        column("onTimeUnits", Kind.COUNT, 10, locale)),
                rows,
                List.of(new Fact(messages.get(locale, "export.data.fact.indicators"), String.join(", ",
                        request.indicators())),
                        new Fact(messages.get(locale, "export.about.unit.plain"), request.unit()),
                        new Fact(messages.get(locale, "export.data.fact.months"), request.from() + " – " + request.to()),
                        new Fact(messages.get(locale, "export.data.fact.depth"), messages.get(locale,
                                "export.data.depth." + request.depth().name().toLowerCase(Locale.ROOT)))),
                null);
    }

    /** The unit of measure in the file's language ("%", "tổ", "hồ sơ"), the catalogue's code where none is known. */
    private String measure(IndicatorSummary indicator, Locale locale) {
        String label = messages.get(locale, "indicators.unit." + indicator.unit());
        return label.startsWith("!") ? indicator.unit() : label;
    }

    private Column column(String field, Kind kind, int width, Locale locale) {
        return new Column(messages.get(locale, "export.data.column." + field), field, kind, width);
    }

    /** A depth from its API name ({@code unit}, {@code children}, {@code all}). */
    public static Depth depth(@Nullable String text, Messages messages, Locale locale) {
        try {
            return Depth.valueOf((text == null || text.isBlank() ? "children" : text.strip()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(messages.get(locale, "export.data.depth", text));
        }
    }
}
