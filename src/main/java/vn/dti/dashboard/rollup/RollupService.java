package vn.dti.dashboard.rollup;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dti.dashboard.hierarchy.HierarchyService;
import vn.dti.dashboard.hierarchy.UnitSummary;
import vn.dti.dashboard.indicators.IndicatorService;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.indicators.TimeAggregation;
import vn.dti.dashboard.indicators.UnitAggregation;
import vn.dti.dashboard.indicators.UnitLevel;
import vn.dti.dashboard.reporting.ReportedValues;
import vn.dti.dashboard.rollup.RollupCalculator.Rolled;
import vn.dti.dashboard.shared.Amounts;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.shared.api.ApiException;
import vn.dti.dashboard.shared.period.ReportingPeriod;

/**
 * District and province figures for any period: months come from the pre-aggregated rows (units with units
 * below them) or the unit's own report (leaves); a longer period aggregates its months by each indicator's
 * rule over time; a ratio is recomputed from its numerator and denominator, never averaged. Hands out records.
 */
@Service
@Transactional(readOnly = true)
public class RollupService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RollupEngine engine;
    private final HierarchyService hierarchy;
    private final IndicatorService indicators;
    private final ReportedValues reported;
    private final Messages messages;

    RollupService(RollupEngine engine, HierarchyService hierarchy, IndicatorService indicators,
            ReportedValues reported, Messages messages) {
        this.engine = engine;
        this.hierarchy = hierarchy;
        this.indicators = indicators;
        this.reported = reported;
        this.messages = messages;
    }

    /** One indicator for one unit and period. */
    public RolledValue value(String indicatorCode, String unitCode, String period) {
        IndicatorSummary indicator = indicator(indicatorCode);
        ReportingPeriod p = period(period);
        UnitSummary unit = unit(unitCode, p);
        return figures(List.of(indicator), List.of(unit), p, unit).get(unit.id()).get(indicator.code());
    }

    /**
     * A figure with the previous period's and the same period's a year earlier (null where the unit did not
     * exist then), for "what changed since last month" and "against last year".
     */
    public record Comparison(RolledValue current, @Nullable RolledValue previous, @Nullable RolledValue sameLastYear) {

        public @Nullable BigDecimal changeFromPrevious() {
            return change(previous);
        }

        public @Nullable BigDecimal changeFromLastYear() {
            return change(sameLastYear);
        }

        private @Nullable BigDecimal change(@Nullable RolledValue earlier) {
            return earlier == null || earlier.value() == null || current.value() == null ? null
                    : Amounts.plain(current.value().subtract(earlier.value()));
        }
    }

    /** The indicator at the unit for the period, the previous period and the same period a year earlier. */
    public Comparison compare(String indicatorCode, String unitCode, String period) {
        IndicatorSummary indicator = indicator(indicatorCode);
        ReportingPeriod p = period(period);
        UnitSummary unit = unit(unitCode, p);
        return new Comparison(single(indicator, unit, p), earlier(indicator, unitCode, p.previous()),
                earlier(indicator, unitCode, p.samePeriodLastYear()));
    }

    private @Nullable RolledValue earlier(IndicatorSummary indicator, String unitCode, ReportingPeriod period) {
        return hierarchy.findInForce(unitCode.strip(), period.endDate())
                .or(() -> hierarchy.findInForce(unitCode.strip(), period.startDate()))
                .map(unit -> single(indicator, unit, period)).orElse(null);
    }

    private RolledValue single(IndicatorSummary indicator, UnitSummary unit, ReportingPeriod period) {
        return figures(List.of(indicator), List.of(unit), period, unit).get(unit.id()).get(indicator.code());
    }

    /** Several indicators for one unit and period (a dashboard's cards), in the order asked. */
    public List<RolledValue> values(Collection<String> indicatorCodes, String unitCode, String period) {
        List<IndicatorSummary> list = indicatorCodes.stream().map(this::indicator).toList();
        ReportingPeriod p = period(period);
        UnitSummary unit = unit(unitCode, p);
        Map<String, RolledValue> figures = figures(list, List.of(unit), p, unit).get(unit.id());
        return list.stream().map(i -> figures.get(i.code())).toList();
    }

    /** The indicator for each child unit in force at the period's end, in display order. */
    public List<RolledValue> breakdown(String indicatorCode, String unitCode, String period) {
        IndicatorSummary indicator = indicator(indicatorCode);
        ReportingPeriod p = period(period);
        UnitSummary unit = unit(unitCode, p);
        List<UnitSummary> children = hierarchy.children(unit.id(), p.endDate());
        Map<Long, Map<String, RolledValue>> figures = figures(List.of(indicator), children, p, unit);
        return children.stream().map(c -> figures.get(c.id()).get(indicator.code())).toList();
    }

    /** The indicator for one unit over consecutive periods of the same kind, {@code from} to {@code to}. */
    public List<RolledValue> series(String indicatorCode, String unitCode, String from, String to) {
        IndicatorSummary indicator = indicator(indicatorCode);
        ReportingPeriod first = period(from);
        ReportingPeriod last = period(to);
        if (first.type() != last.type() || last.compareTo(first) < 0) {
            throw ApiException.badRequest(messages.get(Messages.VIETNAMESE, "rollup.series.range", from, to));
        }
        List<RolledValue> series = new ArrayList<>();
        for (ReportingPeriod current = first; current.compareTo(last) <= 0; current = current.next()) {
            ReportingPeriod p = current;
            if (series.size() >= 240) {
                throw ApiException.badRequest(messages.get(Messages.VIETNAMESE, "rollup.series.too-long", 240));
            }
            UnitSummary unit = hierarchy.findInForce(unitCode.strip(), p.endDate())
                    .or(() -> hierarchy.findInForce(unitCode.strip(), p.startDate())).orElse(null);
            if (unit == null) {
                continue; // the unit did not exist in that period (before its founding, after a merger)
            }
            series.add(figures(List.of(indicator), List.of(unit), p, unit).get(unit.id()).get(indicator.code()));
        }
        return series;
    }

    /** Rolls everything again from the stored reports; the figures must come out as they were. */
    @RolesAllowed("ADMIN")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int rebuild() {
        return engine.rebuild();
    }

    /** A month's figure of one indicator at one unit. */
    private record Monthly(BigDecimal amount, int reported, int onTime, @Nullable Instant latest) {
    }

    /**
     * Figures for the units (all in force at the period's end, below or equal to {@code scope}, whose tree
     * gives the expected units): unit id → indicator code → figure.
     */
    private Map<Long, Map<String, RolledValue>> figures(List<IndicatorSummary> wanted, List<UnitSummary> units,
            ReportingPeriod period, UnitSummary scope) {
        Map<String, IndicatorSummary> catalogue = new HashMap<>();
        indicators.catalogue().forEach(i -> catalogue.put(i.code(), i));
        Set<String> codes = new LinkedHashSet<>();
        for (IndicatorSummary i : wanted) {
            codes.add(i.code());
            if (i.isRatioOfCounts()) {
                codes.add(i.numeratorCode());
                codes.add(i.denominatorCode());
            }
        }
        List<YearMonth> months = period.months();
        List<Long> ids = units.stream().map(UnitSummary::id).toList();
        Set<String> summed = new HashSet<>(engine.summedCodes());
        Map<Long, Map<String, Map<String, Rolled>>> rows = engine.rows(ids, months,
                codes.stream().filter(summed::contains).toList());
        // unit → month → code → figure
        Map<Long, Map<YearMonth, Map<String, Monthly>>> monthly = new HashMap<>();
        for (YearMonth month : months) {
            Map<Long, Map<String, BigDecimal>> own = reported.values(ids, month);
            Map<Long, ReportedValues.Timing> timings = reported.timings(ids, month);
            java.time.Instant deadline = null;
            for (UnitSummary unit : units) {
                Map<String, Monthly> figures = new HashMap<>();
                Map<String, Rolled> unitRows = rows.getOrDefault(unit.id(), Map.of()).getOrDefault(month.toString(),
                        Map.of());
                Map<String, BigDecimal> unitOwn = own.getOrDefault(unit.id(), Map.of());
                ReportedValues.Timing timing = timings.get(unit.id());
                for (String code : codes) {
                    Rolled row = unitRows.get(code);
                    BigDecimal value = unitOwn.get(code);
                    if (row != null) {
                        figures.put(code, new Monthly(row.amount(), row.reportedUnits(), row.onTimeUnits(),
                                row.latestAt()));
                    } else if (value != null) {
                        // A leaf (a unit with units below it has a row whenever anything below it reported) or an
                        // indicator that stays with the unit that owns it.
                        if (deadline == null) {
                            deadline = engine.deadline(month, scope);
                        }
                        boolean onTime = timing != null && timing.first().isBefore(deadline);
                        figures.put(code, new Monthly(value, 1, onTime ? 1 : 0, timing == null ? null : timing.latest()));
                    }
                }
                monthly.computeIfAbsent(unit.id(), k -> new HashMap<>()).put(month, figures);
            }
        }
        Map<Long, Integer> leafCounts = new HashMap<>();
        Map<Long, Map<String, RolledValue>> result = new HashMap<>();
        List<UnitSummary> below = hierarchy.descendants(scope.id(), period.endDate());
        for (UnitSummary unit : units) {
            Map<String, RolledValue> figures = new HashMap<>();
            Map<YearMonth, Map<String, Monthly>> byMonth = monthly.getOrDefault(unit.id(), Map.of());
            for (IndicatorSummary indicator : wanted) {
                figures.put(indicator.code(), figure(indicator, catalogue, unit, period, months, byMonth,
                        expected(indicator, unit, scope, below)));
            }
            result.put(unit.id(), figures);
        }
        return result;
    }

    private RolledValue figure(IndicatorSummary indicator, Map<String, IndicatorSummary> catalogue, UnitSummary unit,
            ReportingPeriod period, List<YearMonth> months, Map<YearMonth, Map<String, Monthly>> byMonth,
            int expected) {
        if (indicator.isRatioOfCounts()) {
            IndicatorSummary numerator = catalogue.get(indicator.numeratorCode());
            IndicatorSummary denominator = catalogue.get(indicator.denominatorCode());
            Over num = over(indicator.numeratorCode(), numerator == null ? TimeAggregation.LAST_VALUE_FOR_STOCKS
                    : numerator.aggTime(), months, byMonth);
            Over den = over(indicator.denominatorCode(), denominator == null ? TimeAggregation.LAST_VALUE_FOR_STOCKS
                    : denominator.aggTime(), months, byMonth);
            BigDecimal value = num.amount == null || den.amount == null || den.amount.signum() == 0 ? null
                    : Amounts.plain(num.amount.multiply(HUNDRED).divide(den.amount, 2, RoundingMode.HALF_UP));
            return new RolledValue(indicator.code(), unit.code(), unit.name(), period.toString(), value,
                    num.amount == null ? null : Amounts.plain(num.amount),
                    den.amount == null ? null : Amounts.plain(den.amount), den.reported, expected, den.onTime,
                    den.month == null ? null : den.month.toString(), den.latest);
        }
        Over over = over(indicator.code(), indicator.aggTime(), months, byMonth);
        return new RolledValue(indicator.code(), unit.code(), unit.name(), period.toString(),
                over.amount == null ? null : Amounts.plain(over.amount), null, null, over.reported, expected,
                over.onTime, over.month == null ? null : over.month.toString(), over.latest);
    }

    /** A figure over the period's months: its amount, and the completeness of the month it stands at. */
    private static final class Over {
        @Nullable BigDecimal amount;
        int reported;
        int onTime;
        @Nullable YearMonth month;
        @Nullable Instant latest;
    }

    /** Flows are summed over the months that have them; anything else stands at its last month with a value. */
    private static Over over(String code, TimeAggregation rule, List<YearMonth> months,
            Map<YearMonth, Map<String, Monthly>> byMonth) {
        Over over = new Over();
        for (YearMonth month : months) {
            Monthly figure = byMonth.getOrDefault(month, Map.of()).get(code);
            if (figure == null) {
                continue;
            }
            over.amount = rule == TimeAggregation.SUM_OF_FLOWS && over.amount != null
                    ? over.amount.add(figure.amount()) : figure.amount();
            over.reported = figure.reported();
            over.onTime = figure.onTime();
            over.month = month;
            if (figure.latest() != null && (over.latest == null || figure.latest().isAfter(over.latest))) {
                over.latest = figure.latest();
            }
        }
        return over;
    }

    /**
     * Leaf units in force under the unit at the period's end whose level reports the indicator; an indicator
     * that is not summed over units is expected from the unit itself only.
     */
    private static int expected(IndicatorSummary indicator, UnitSummary unit, UnitSummary scope,
            List<UnitSummary> below) {
        if (indicator.aggUnits() != UnitAggregation.SUM && indicator.aggUnits() != UnitAggregation.RATIO_OF_SUMS) {
            return reports(indicator, unit) ? 1 : 0;
        }
        List<UnitSummary> tree = new ArrayList<>(below);
        tree.add(scope);
        Set<Long> parents = new HashSet<>();
        tree.forEach(u -> {
            if (u.parentId() != null) {
                parents.add(u.parentId());
            }
        });
        int count = 0;
        for (UnitSummary u : tree) {
            if (u.path().startsWith(unit.path()) && !parents.contains(u.id()) && reports(indicator, u)) {
                count++;
            }
        }
        return count;
    }

    private static boolean reports(IndicatorSummary indicator, UnitSummary unit) {
        return indicator.levels().contains(UnitLevel.fromCode(unit.level().code()));
    }

    private IndicatorSummary indicator(String code) {
        return indicators.catalogue().stream().filter(i -> i.code().equals(code.strip())).findFirst()
                .orElseThrow(() -> ApiException.notFound(messages.get(Messages.VIETNAMESE, "rollup.indicator.unknown",
                        code)));
    }

    private ReportingPeriod period(String text) {
        return ReportingPeriod.tryParse(text == null ? null : text.strip()).orElseThrow(() -> ApiException.badRequest(
                messages.get(Messages.VIETNAMESE, "rollup.period.invalid", text)));
    }

    private UnitSummary unit(String code, ReportingPeriod period) {
        LocalDate end = period.endDate();
        return hierarchy.findInForce(code.strip(), end).or(() -> hierarchy.findInForce(code.strip(),
                period.startDate())).orElseThrow(() -> ApiException.notFound(messages.get(Messages.VIETNAMESE,
                        "rollup.unit.unknown", code, period.labelVi())));
    }
}
