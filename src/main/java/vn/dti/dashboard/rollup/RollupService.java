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
import vn.dti.dashboard.indicators.ValueType;
import vn.dti.dashboard.reporting.ReportedValues;
import vn.dti.dashboard.rollup.RollupCalculator.Rolled;
import vn.dti.dashboard.shared.Amounts;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.shared.api.ApiException;
import vn.dti.dashboard.security.UserScope;
import vn.dti.dashboard.shared.period.ReportingPeriod;
import vn.dti.dashboard.targets.Rankings;

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
    private final UserScope users;

    RollupService(RollupEngine engine, HierarchyService hierarchy, IndicatorService indicators,
            ReportedValues reported, Messages messages, UserScope users) {
        this.users = users;
        this.engine = engine;
        this.hierarchy = hierarchy;
        this.indicators = indicators;
        this.reported = reported;
        this.messages = messages;
    }

    /** One indicator for one unit and period. */
    public RolledValue value(String indicatorCode, String unitCode, String period) {
        Map<String, IndicatorSummary> catalogue = catalogue();
        IndicatorSummary indicator = indicator(catalogue, indicatorCode);
        ReportingPeriod p = period(period);
        UnitSummary unit = unit(unitCode, p);
        users.requireAggregate(unit);
        return single(catalogue, indicator, unit, p);
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
        return compare(List.of(indicatorCode), unitCode, period).getFirst();
    }

    /** Several indicators compared at once (a dashboard's cards), in the order asked; one read for all. */
    public List<Comparison> compare(Collection<String> indicatorCodes, String unitCode, String period) {
        Map<String, IndicatorSummary> catalogue = catalogue();
        List<IndicatorSummary> list = indicatorCodes.stream().map(code -> indicator(catalogue, code)).toList();
        ReportingPeriod p = period(period);
        UnitSummary unit = unit(unitCode, p);
        users.requireAggregate(unit);
        List<UnitSummary> versions = hierarchy.versionsOf(unit.code());
        UnitSummary previous = versionFor(versions, p.previous());
        UnitSummary lastYear = versionFor(versions, p.samePeriodLastYear());
        List<Ask> asks = new ArrayList<>();
        asks.add(new Ask(p, List.of(unit), unit));
        asks.add(previous == null ? null : new Ask(p.previous(), List.of(previous), previous));
        asks.add(lastYear == null ? null : new Ask(p.samePeriodLastYear(), List.of(lastYear), lastYear));
        List<Map<Long, Map<String, RolledValue>>> figures = figures(catalogue, list, asks);
        return list.stream().map(i -> new Comparison(figures.get(0).get(unit.id()).get(i.code()),
                previous == null ? null : figures.get(1).get(previous.id()).get(i.code()),
                lastYear == null ? null : figures.get(2).get(lastYear.id()).get(i.code()))).toList();
    }

    private RolledValue single(Map<String, IndicatorSummary> catalogue, IndicatorSummary indicator, UnitSummary unit,
            ReportingPeriod period) {
        return figures(catalogue, List.of(indicator), List.of(new Ask(period, List.of(unit), unit))).getFirst().get(unit.id())
                .get(indicator.code());
    }

    /** Several indicators for one unit and period (a dashboard's cards), in the order asked. */
    public List<RolledValue> values(Collection<String> indicatorCodes, String unitCode, String period) {
        Map<String, IndicatorSummary> catalogue = catalogue();
        List<IndicatorSummary> list = indicatorCodes.stream().map(code -> indicator(catalogue, code)).toList();
        ReportingPeriod p = period(period);
        UnitSummary unit = unit(unitCode, p);
        users.requireAggregate(unit);
        Map<String, RolledValue> figures = figures(catalogue, list, List.of(new Ask(p, List.of(unit), unit))).getFirst()
                .get(unit.id());
        return list.stream().map(i -> figures.get(i.code())).toList();
    }

    /**
     * The indicator for each child unit in force at the period's end, in display order. Only for a unit the
     * caller may read: a REPORTER sees its parent's figure but not its neighbours'.
     */
    public List<RolledValue> breakdown(String indicatorCode, String unitCode, String period) {
        Map<String, IndicatorSummary> catalogue = catalogue();
        IndicatorSummary indicator = indicator(catalogue, indicatorCode);
        ReportingPeriod p = period(period);
        UnitSummary unit = unit(unitCode, p);
        users.requireRead(unit);
        List<UnitSummary> children = hierarchy.children(unit.id(), p.endDate());
        Map<Long, Map<String, RolledValue>> figures = figures(catalogue, List.of(indicator),
                List.of(new Ask(p, children, unit))).getFirst();
        return children.stream().map(c -> figures.get(c.id()).get(indicator.code())).toList();
    }

    /** The indicator for one unit over consecutive periods of the same kind, {@code from} to {@code to}. */
    public List<RolledValue> series(String indicatorCode, String unitCode, String from, String to) {
        return trends(List.of(indicatorCode), unitCode, from, to).get(indicatorCode.strip());
    }

    /**
     * Several indicators for one unit over consecutive periods of the same kind (a dashboard's sparklines),
     * read at once: indicator code → one figure per period the unit existed in (a unit founded or merged away
     * in the range has no figure for the periods it did not exist in).
     */
    public Map<String, List<RolledValue>> trends(Collection<String> indicatorCodes, String unitCode, String from,
            String to) {
        Map<String, IndicatorSummary> catalogue = catalogue();
        List<IndicatorSummary> list = indicatorCodes.stream().map(code -> indicator(catalogue, code)).toList();
        ReportingPeriod first = period(from);
        ReportingPeriod last = period(to);
        if (first.type() != last.type() || last.compareTo(first) < 0) {
            throw ApiException.badRequest(messages.get(Messages.VIETNAMESE, "rollup.series.range", from, to));
        }
        List<UnitSummary> versions = hierarchy.versionsOf(unitCode.strip());
        vn.dti.dashboard.security.CurrentUser user = users.current();
        List<Ask> asks = new ArrayList<>();
        int count = 0;
        for (ReportingPeriod p = first; p.compareTo(last) <= 0; p = p.next()) {
            if (++count > 240) {
                throw ApiException.badRequest(messages.get(Messages.VIETNAMESE, "rollup.series.too-long", 240));
            }
            // The unit did not exist in a period before its founding or after a merger: no figure then.
            UnitSummary unit = versionFor(versions, p);
            if (unit != null) {
                if (!user.mayReadAggregate(unit)) {
                    throw new org.springframework.security.access.AccessDeniedException("Đơn vị " + unit.code()
                            + " không thuộc phạm vi của tài khoản này.");
                }
                asks.add(new Ask(p, List.of(unit), unit));
            }
        }
        List<Map<Long, Map<String, RolledValue>>> figures = figures(catalogue, list, asks);
        Map<String, List<RolledValue>> result = new java.util.LinkedHashMap<>();
        for (IndicatorSummary indicator : list) {
            List<RolledValue> series = new ArrayList<>();
            for (int i = 0; i < asks.size(); i++) {
                series.add(figures.get(i).get(asks.get(i).units().getFirst().id()).get(indicator.code()));
            }
            result.put(indicator.code(), List.copyOf(series));
        }
        return result;
    }

    /**
     * Where a unit stands among its peers (the parent's children of the same level) for each indicator, with
     * the parent's figure: context a REPORTER may see for its own units without seeing its neighbours'
     * figures, which this does not hand out.
     *
     * @param rank  1 for the best by the indicator's direction, ties shared; null without a value or for an
     *              indicator that is not compared across units
     * @param peers how many peers (the unit included) have a value
     */
    public record Standing(String indicator, @Nullable Integer rank, int peers, @Nullable RolledValue parent) {
    }

    /** The unit's standing for each indicator, in the order asked. */
    public List<Standing> standings(Collection<String> indicatorCodes, String unitCode, String period) {
        Map<String, IndicatorSummary> catalogue = catalogue();
        List<IndicatorSummary> list = indicatorCodes.stream().map(code -> indicator(catalogue, code)).toList();
        ReportingPeriod p = period(period);
        UnitSummary unit = unit(unitCode, p);
        users.requireRead(unit);
        UnitSummary parent = unit.parentId() == null ? null : hierarchy.find(unit.parentId()).orElse(null);
        if (parent == null) {
            return list.stream().map(i -> new Standing(i.code(), null, 0, null)).toList();
        }
        List<UnitSummary> peers = hierarchy.children(parent.id(), p.endDate()).stream()
                .filter(c -> c.level() == unit.level()).toList();
        List<Map<Long, Map<String, RolledValue>>> figures = figures(catalogue, list,
                List.of(new Ask(p, peers, parent), new Ask(p, List.of(parent), parent)));
        List<Standing> result = new ArrayList<>();
        for (IndicatorSummary indicator : list) {
            RolledValue parentValue = figures.get(1).get(parent.id()).get(indicator.code());
            if (indicator.valueType() == ValueType.RANK) {
                result.add(new Standing(indicator.code(), null, 0, parentValue));
                continue;
            }
            List<RolledValue> values = peers.stream().map(u -> figures.get(0).get(u.id()).get(indicator.code()))
                    .toList();
            List<Rankings.Ranked<RolledValue>> ranked = Rankings.rank(values, RolledValue::value,
                    indicator.direction());
            Integer rank = ranked.stream().filter(r -> r.item().unit().equals(unit.code())).findFirst()
                    .map(Rankings.Ranked::rank).orElse(null);
            int withValue = (int) values.stream().filter(v -> v.value() != null).count();
            result.add(new Standing(indicator.code(), rank, withValue, parentValue));
        }
        return result;
    }

    /** Which units a slice covers: the unit alone, the units one level down, or every unit below it. */
    public enum Depth {
        UNIT, CHILDREN, ALL
    }

    /** A figure of a slice with the unit it belongs to (its level and parent for the analyst's pivot). */
    public record SliceRow(UnitSummary unit, RolledValue value) {
    }

    /**
     * A slice for analysts: indicators × units × months, month by month, the units in force in each month in
     * display order. The figures are read a few months at a time while the caller iterates, so an export of
     * 100,000 figures never holds them all. Access is checked here, before the first figure is read.
     *
     * @param from first month {@code YYYY-MM}
     * @param to   last month {@code YYYY-MM}, at most 120 months after {@code from}
     */
    public Iterable<SliceRow> slice(Collection<String> indicatorCodes, String unitCode, String from, String to,
            Depth depth) {
        Map<String, IndicatorSummary> catalogue = catalogue();
        List<IndicatorSummary> list = indicatorCodes.stream().map(code -> indicator(catalogue, code)).toList();
        ReportingPeriod first = period(from);
        ReportingPeriod last = period(to);
        if (!first.isMonth() || !last.isMonth() || last.compareTo(first) < 0) {
            throw ApiException.badRequest(messages.get(Messages.VIETNAMESE, "rollup.series.range", from, to));
        }
        List<ReportingPeriod> months = new ArrayList<>();
        for (ReportingPeriod p = first; p.compareTo(last) <= 0; p = p.next()) {
            if (months.size() == 120) {
                throw ApiException.badRequest(messages.get(Messages.VIETNAMESE, "rollup.series.too-long", 120));
            }
            months.add(p);
        }
        UnitSummary unit = unit(unitCode, last);
        if (depth == Depth.UNIT) {
            users.requireAggregate(unit);
        } else {
            users.requireRead(unit);
        }
        List<UnitSummary> versions = hierarchy.versionsOf(unit.code());
        List<UnitSummary> below = depth == Depth.UNIT ? List.of() : hierarchy.descendantsEver(unit.id());
        Set<Long> ids = new HashSet<>();
        versions.forEach(v -> ids.add(v.id()));
        return () -> new java.util.Iterator<>() {
            private static final int MONTHS_PER_READ = 3;
            private int nextMonth;
            private java.util.Iterator<SliceRow> chunk = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!chunk.hasNext() && nextMonth < months.size()) {
                    chunk = read(months.subList(nextMonth, Math.min(months.size(), nextMonth + MONTHS_PER_READ)));
                    nextMonth += MONTHS_PER_READ;
                }
                return chunk.hasNext();
            }

            @Override
            public SliceRow next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return chunk.next();
            }

            private java.util.Iterator<SliceRow> read(List<ReportingPeriod> periods) {
                List<Ask> asks = new ArrayList<>();
                for (ReportingPeriod p : periods) {
                    UnitSummary version = versionFor(versions, p);
                    if (version == null) {
                        asks.add(null);
                        continue;
                    }
                    List<UnitSummary> units = new ArrayList<>();
                    if (depth != Depth.CHILDREN) {
                        units.add(version);
                    }
                    below.stream().filter(u -> u.inForceOn(p.endDate()))
                            .filter(u -> depth == Depth.ALL || (u.parentId() != null && ids.contains(u.parentId())))
                            .forEach(units::add);
                    asks.add(units.isEmpty() ? null : new Ask(p, units, version));
                }
                List<Map<Long, Map<String, RolledValue>>> figures = figures(catalogue, list, asks);
                List<SliceRow> rows = new ArrayList<>();
                for (int i = 0; i < asks.size(); i++) {
                    Ask ask = asks.get(i);
                    if (ask == null) {
                        continue;
                    }
                    for (UnitSummary u : ask.units()) {
                        Map<String, RolledValue> byCode = figures.get(i).get(u.id());
                        list.forEach(indicator -> rows.add(new SliceRow(u, byCode.get(indicator.code()))));
                    }
                }
                return rows.iterator();
            }
        };
    }

    /** The reporting deadlines of months for units of the unit's province (configurable per province). */
    public Map<YearMonth, Instant> deadlines(Collection<YearMonth> months, UnitSummary unit) {
        String province = engine.provinceCode(unit);
        Map<YearMonth, Instant> result = new HashMap<>();
        months.forEach(m -> result.put(m, engine.deadline(m, province)));
        return result;
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
     * Figures wanted for units in a period: all in force at the period's end, at or below {@code scope},
     * whose tree gives the expected units.
     */
    private record Ask(ReportingPeriod period, List<UnitSummary> units, UnitSummary scope) {
    }

    /**
     * Figures for each ask (null asks give empty maps): unit id → indicator code → figure. Everything is read
     * once for all asks, whatever their number: the pre-aggregated rows, the units' own values and report
     * times, and the trees below the scopes; so a year of sparklines costs the queries of one month.
     */
    private List<Map<Long, Map<String, RolledValue>>> figures(Map<String, IndicatorSummary> catalogue,
            List<IndicatorSummary> wanted, List<@Nullable Ask> asks) {
        java.util.Collection<IndicatorSummary> all = catalogue.values();
        Set<String> codes = new LinkedHashSet<>();
        for (IndicatorSummary i : wanted) {
            codes.add(i.code());
            if (i.isRatioOfCounts()) {
                codes.add(i.numeratorCode());
                codes.add(i.denominatorCode());
            }
        }
        Set<YearMonth> months = new java.util.TreeSet<>();
        Map<Long, UnitSummary> units = new java.util.LinkedHashMap<>();
        Map<Long, UnitSummary> scopes = new java.util.LinkedHashMap<>();
        for (Ask ask : asks) {
            if (ask != null) {
                months.addAll(ask.period().months());
                ask.units().forEach(u -> units.put(u.id(), u));
                scopes.put(ask.scope().id(), ask.scope());
            }
        }
        List<Map<Long, Map<String, RolledValue>>> result = new ArrayList<>();
        if (units.isEmpty()) {
            asks.forEach(a -> result.add(Map.of()));
            return result;
        }
        Set<String> summed = new HashSet<>();
        all.stream().filter(i -> i.aggUnits() == UnitAggregation.SUM).forEach(i -> summed.add(i.code()));
        Map<Long, Map<String, Map<String, Rolled>>> rows = engine.rows(units.keySet(), months,
                codes.stream().filter(summed::contains).toList());
        Map<YearMonth, Map<Long, Map<String, BigDecimal>>> own = reported.values(units.keySet(), months, codes);
        Map<YearMonth, Map<Long, ReportedValues.Timing>> timings = reported.timings(units.keySet(), months);
        Map<YearMonth, Instant> deadlines = new HashMap<>();
        String province = engine.provinceCode(scopes.values().iterator().next());
        // unit → month → code → figure
        Map<Long, Map<YearMonth, Map<String, Monthly>>> monthly = new HashMap<>();
        for (YearMonth month : months) {
            Map<Long, Map<String, BigDecimal>> ownOfMonth = own.getOrDefault(month, Map.of());
            Map<Long, ReportedValues.Timing> timingsOfMonth = timings.getOrDefault(month, Map.of());
            for (UnitSummary unit : units.values()) {
                Map<String, Monthly> figures = new HashMap<>();
                Map<String, Rolled> unitRows = rows.getOrDefault(unit.id(), Map.of()).getOrDefault(month.toString(),
                        Map.of());
                Map<String, BigDecimal> unitOwn = ownOfMonth.getOrDefault(unit.id(), Map.of());
                ReportedValues.Timing timing = timingsOfMonth.get(unit.id());
                for (String code : codes) {
                    Rolled row = unitRows.get(code);
                    BigDecimal value = unitOwn.get(code);
                    if (row != null) {
                        figures.put(code, new Monthly(row.amount(), row.reportedUnits(), row.onTimeUnits(),
                                row.latestAt()));
                    } else if (value != null) {
                        // A leaf (a unit with units below it has a row whenever anything below it reported) or an
                        // indicator that stays with the unit that owns it.
                        Instant deadline = deadlines.computeIfAbsent(month, m -> engine.deadline(m, province));
                        boolean onTime = timing != null && timing.first().isBefore(deadline);
                        figures.put(code, new Monthly(value, 1, onTime ? 1 : 0, timing == null ? null : timing.latest()));
                    }
                }
                monthly.computeIfAbsent(unit.id(), k -> new HashMap<>()).put(month, figures);
            }
        }
        Map<Long, List<UnitSummary>> trees = new HashMap<>();
        scopes.keySet().forEach(id -> trees.put(id, hierarchy.descendantsEver(id)));
        for (Ask ask : asks) {
            if (ask == null) {
                result.add(Map.of());
                continue;
            }
            ReportingPeriod period = ask.period();
            Expected expected = new Expected(ask.scope(), trees.get(ask.scope().id()).stream()
                    .filter(u -> u.inForceOn(period.endDate())).toList());
            Map<Long, Map<String, RolledValue>> byUnit = new HashMap<>();
            for (UnitSummary unit : ask.units()) {
                Map<String, RolledValue> figures = new HashMap<>();
                Map<YearMonth, Map<String, Monthly>> byMonth = monthly.getOrDefault(unit.id(), Map.of());
                for (IndicatorSummary indicator : wanted) {
                    figures.put(indicator.code(), figure(indicator, catalogue, unit, period, period.months(), byMonth,
                            expected.count(indicator, unit)));
                }
                byUnit.put(unit.id(), figures);
            }
            result.add(byUnit);
        }
        return result;
    }

    /** The version of a unit in force in a period: at its end, else at its start (a unit merged within it). */
    private static @Nullable UnitSummary versionFor(List<UnitSummary> versions, ReportingPeriod period) {
        return versions.stream().filter(v -> v.inForceOn(period.endDate())).findFirst()
                .or(() -> versions.stream().filter(v -> v.inForceOn(period.startDate())).findFirst()).orElse(null);
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
     * Leaf units in force under a unit at the period's end whose level reports the indicator; an indicator
     * that is not summed over units is expected from the unit itself only. The leaves of the scope's tree are
     * found once per ask, not once per unit and indicator.
     */
    private static final class Expected {

        private final List<UnitSummary> leaves = new ArrayList<>();

        Expected(UnitSummary scope, List<UnitSummary> below) {
            List<UnitSummary> tree = new ArrayList<>(below);
            tree.add(scope);
            Set<Long> parents = new HashSet<>();
            tree.forEach(u -> {
                if (u.parentId() != null) {
                    parents.add(u.parentId());
                }
            });
            tree.stream().filter(u -> !parents.contains(u.id())).forEach(leaves::add);
        }

        int count(IndicatorSummary indicator, UnitSummary unit) {
            if (indicator.aggUnits() != UnitAggregation.SUM && indicator.aggUnits() != UnitAggregation.RATIO_OF_SUMS) {
                return reports(indicator, unit) ? 1 : 0;
            }
            int count = 0;
            for (UnitSummary leaf : leaves) {
                if (leaf.path().startsWith(unit.path()) && reports(indicator, leaf)) {
                    count++;
                }
            }
            return count;
        }
    }

    private static boolean reports(IndicatorSummary indicator, UnitSummary unit) {
        return indicator.levels().contains(UnitLevel.fromCode(unit.level().code()));
    }

    /** The catalogue by code, read once per question (a dashboard asks about a dozen indicators at once). */
    private Map<String, IndicatorSummary> catalogue() {
        Map<String, IndicatorSummary> byCode = new java.util.LinkedHashMap<>();
        indicators.catalogue().forEach(i -> byCode.put(i.code(), i));
        return byCode;
    }

    private IndicatorSummary indicator(Map<String, IndicatorSummary> catalogue, String code) {
        return java.util.Optional.ofNullable(catalogue.get(code.strip()))
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
