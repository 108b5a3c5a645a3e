package vn.dti.dashboard.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dti.dashboard.hierarchy.HierarchyService;
import vn.dti.dashboard.hierarchy.UnitSummary;
import vn.dti.dashboard.indicators.IndicatorRole;
import vn.dti.dashboard.indicators.IndicatorService;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.indicators.Pillar;
import vn.dti.dashboard.indicators.UnitAggregation;
import vn.dti.dashboard.indicators.UnitLevel;
import vn.dti.dashboard.indicators.ValueType;
import vn.dti.dashboard.reporting.ReportedValues;
import vn.dti.dashboard.rollup.RolledValue;
import vn.dti.dashboard.rollup.RollupService;
import vn.dti.dashboard.security.CurrentUser;
import vn.dti.dashboard.security.UserScope;
import vn.dti.dashboard.shared.period.ReportingPeriod;
import vn.dti.dashboard.targets.Rankings;
import vn.dti.dashboard.targets.Target;
import vn.dti.dashboard.targets.TargetCheck;
import vn.dti.dashboard.targets.TargetService;

/**
 * What the dashboards show, computed from the rollups, targets and report times in a fixed number of reads
 * per view (never one per card, child or month). Every figure goes through {@link RollupService}, which
 * scopes it to the signed-in user; this class adds the choices a view makes (which unit by default, whether
 * the breakdown may be shown).
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    /** An overview card: the figure, its target and status, the change and a trend of months. */
    public record Card(IndicatorSummary indicator, RolledValue value, @Nullable Target target,
            @Nullable TargetCheck check, @Nullable RolledValue previous, @Nullable BigDecimal change,
            @Nullable BigDecimal changeFromLastYear, List<RolledValue> trend) {
    }

    /** The cards of one pillar, in the configured order. */
    public record PillarCards(Pillar pillar, List<Card> cards) {
    }

    /**
     * The overview of a unit for a period.
     *
     * @param breadcrumb the units from the province down to the unit
     * @param hasData    whether any card has a value (otherwise the view says nothing was reported yet)
     */
    public record Overview(UnitSummary unit, ReportingPeriod period, List<UnitSummary> breadcrumb,
            List<PillarCards> pillars, boolean hasData) {
    }

    /** A unit one level down in an indicator's breakdown. */
    public record ChildRow(UnitSummary unit, RolledValue value, @Nullable Integer rank, @Nullable Target target,
            @Nullable TargetCheck check, boolean hasChildren) {
    }

    /**
     * One indicator at a unit: the figure, the trend of months with last year's and the target alongside
     * (aligned with {@code trend}), and the units one level down, best first (no data last).
     *
     * @param children          empty when the user may not see them (a REPORTER at its parent unit)
     * @param childrenAllowed   whether the user may see the units one level down
     */
    public record IndicatorDetail(IndicatorSummary indicator, @Nullable String definition, UnitSummary unit,
            ReportingPeriod period, List<UnitSummary> breadcrumb, RolledValue value, @Nullable Target target,
            @Nullable TargetCheck check, List<YearMonth> months, List<@Nullable BigDecimal> trend,
            List<@Nullable BigDecimal> lastYear, List<@Nullable BigDecimal> targetLine, List<ChildRow> children,
            boolean childrenAllowed) {
    }

    /** How a unit's report for a month stands. */
    public enum ReportState {
        /** The first version arrived by the deadline. */
        ON_TIME,
        /** The first version arrived after the deadline. */
        LATE,
        /** No report, and the deadline has passed. */
        MISSING,
        /** No report yet, and the deadline has not passed. */
        NOT_DUE,
        /** The unit did not exist in that month (founded later, merged away). */
        NOT_IN_FORCE
    }

    /**
     * A unit's report for a month.
     *
     * @param versions how many versions were stored (more than one: resubmitted)
     */
    public record MonthReport(YearMonth month, ReportState state, @Nullable Instant first, @Nullable Instant latest,
            int versions) {

        public boolean resubmitted() {
            return versions > 1;
        }
    }

    /** One indicator in a unit's profile. */
    public record ProfileRow(IndicatorSummary indicator, RolledValue value, @Nullable Target target,
            @Nullable TargetCheck check, @Nullable Integer rank, int peers, @Nullable RolledValue parent,
            List<RolledValue> trend) {
    }

    /** All indicators of a unit for a period, and its own reports of the last months. */
    public record UnitProfile(UnitSummary unit, ReportingPeriod period, List<UnitSummary> breadcrumb,
            List<ProfileRow> rows, List<MonthReport> history) {
    }

    /** A reporting unit's row in the status matrix. */
    public record StatusRow(UnitSummary unit, UnitSummary group, List<MonthReport> months) {

        public long count(ReportState state) {
            return months.stream().filter(m -> m.state() == state).count();
        }

        public boolean behind() {
            return count(ReportState.LATE) + count(ReportState.MISSING) > 0;
        }
    }

    /** Counts for the latest month of the matrix per district (or the province for units right below it). */
    public record GroupCount(UnitSummary group, int units, int onTime, int late, int missing, int resubmitted) {
    }

    /** Units × months: who reported on time, late, or not at all. */
    public record ReportingStatus(UnitSummary scope, List<YearMonth> months, List<StatusRow> rows,
            List<GroupCount> groups) {
    }

    private final RollupService rollups;
    private final TargetService targets;
    private final IndicatorService indicators;
    private final HierarchyService hierarchy;
    private final ReportedValues reported;
    private final UserScope users;
    private final DashboardProperties properties;
    private final Clock clock;

    DashboardService(RollupService rollups, TargetService targets, IndicatorService indicators,
            HierarchyService hierarchy, ReportedValues reported, UserScope users, DashboardProperties properties,
            Clock clock) {
        this.rollups = rollups;
        this.targets = targets;
        this.indicators = indicators;
        this.hierarchy = hierarchy;
        this.reported = reported;
        this.users = users;
        this.properties = properties;
        this.clock = clock;
    }

    /** The newest month with any report, up to the current one; the previous month when nothing was reported. */
    public YearMonth latestMonth() {
        YearMonth now = YearMonth.now(clock);
        return reported.monthsWithReports().stream().filter(m -> !m.isAfter(now)).reduce((a, b) -> b)
                .orElse(now.minusMonths(1));
    }

    /**
     * The unit a view opens on: the province in force at the period's end, or for a REPORTER its first unit;
     * empty when there is none (no hierarchy loaded, or a REPORTER without units in force).
     */
    public Optional<UnitSummary> defaultUnit(ReportingPeriod period) {
        CurrentUser user = users.current();
        if (!user.seesEverything()) {
            return user.unitIds().stream().sorted().map(hierarchy::find).flatMap(Optional::stream)
                    .map(u -> hierarchy.findInForce(u.code(), period.endDate()).filter(user::mayRead).orElse(u))
                    .findFirst();
        }
        return hierarchy.unitsInForce(period.endDate()).stream().filter(u -> u.parentId() == null).findFirst();
    }

    /**
     * The unit with the code in force in the period (at its end, else at its start), if the user may see its
     * aggregate figures.
     */
    public Optional<UnitSummary> unit(String code, ReportingPeriod period) {
        return hierarchy.findInForce(code.strip(), period.endDate())
                .or(() -> hierarchy.findInForce(code.strip(), period.startDate()))
                .filter(u -> users.current().mayReadAggregate(u));
    }

    /** Whether the user may open the unit's breakdown and profile (not only its aggregate). */
    public boolean mayOpen(UnitSummary unit) {
        return users.current().mayRead(unit);
    }

    /** Whether the user may see the unit's aggregate figure (a REPORTER: its units and their parents). */
    public boolean maySee(UnitSummary unit) {
        return users.current().mayReadAggregate(unit);
    }

    /** The headline indicators that exist and are active, in the configured order. */
    public List<IndicatorSummary> headline() {
        Map<String, IndicatorSummary> byCode = catalogue();
        return properties.headline().stream().map(byCode::get).filter(i -> i != null && i.active()).toList();
    }

    /** The overview's cards for the unit and period. */
    public Overview overview(UnitSummary unit, ReportingPeriod period) {
        List<IndicatorSummary> headline = headline();
        List<String> codes = headline.stream().map(IndicatorSummary::code).toList();
        List<RollupService.Comparison> compared = rollups.compare(codes, unit.code(), period.toString());
        YearMonth last = period.lastMonth();
        Map<String, List<RolledValue>> trends = rollups.trends(codes, unit.code(),
                last.minusMonths(properties.trendMonths() - 1L).toString(), last.toString());
        Map<String, Target> unitTargets = targets.targetsFor(codes, unit.id(), period);
        // Pillars in the order of the configured list: a province puts first what it cares about most.
        Map<Pillar, List<Card>> byPillar = new LinkedHashMap<>();
        boolean hasData = false;
        for (int i = 0; i < headline.size(); i++) {
            IndicatorSummary indicator = headline.get(i);
            RollupService.Comparison c = compared.get(i);
            Target target = unitTargets.get(indicator.code());
            TargetCheck check = target == null ? null
                    : TargetCheck.of(c.current().value(), target.value(), target.comparison());
            hasData |= c.current().value() != null;
            byPillar.computeIfAbsent(indicator.pillar(), k -> new ArrayList<>()).add(new Card(indicator, c.current(),
                    target, check, c.previous(), c.changeFromPrevious(), c.changeFromLastYear(),
                    trends.getOrDefault(indicator.code(), List.of())));
        }
        List<PillarCards> pillars = new ArrayList<>();
        byPillar.forEach((pillar, cards) -> pillars.add(new PillarCards(pillar, List.copyOf(cards))));
        return new Overview(unit, period, breadcrumb(unit), pillars, hasData);
    }

    /** The indicator at the unit with its trend and the units one level down. */
    public IndicatorDetail detail(IndicatorSummary indicator, UnitSummary unit, ReportingPeriod period) {
        String code = indicator.code();
        YearMonth last = period.lastMonth();
        int span = properties.trendMonths();
        YearMonth first = last.minusMonths(span - 1L);
        // This span and the same months a year earlier, in one read.
        Map<String, RolledValue> byMonth = new HashMap<>();
        rollups.trends(List.of(code), unit.code(), first.minusYears(1).toString(), last.toString())
                .getOrDefault(code, List.of()).forEach(v -> byMonth.put(v.period(), v));
        List<YearMonth> months = new ArrayList<>();
        List<@Nullable BigDecimal> trend = new ArrayList<>();
        List<@Nullable BigDecimal> lastYear = new ArrayList<>();
        List<@Nullable BigDecimal> targetLine = new ArrayList<>();
        Map<Integer, @Nullable Target> monthlyTargets = new HashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
            trend.add(valueOf(byMonth.get(m.toString())));
            lastYear.add(valueOf(byMonth.get(m.minusYears(1).toString())));
            YearMonth month = m;
            Target t = monthlyTargets.computeIfAbsent(m.getYear(), y -> targets.targetsFor(List.of(code), unit.id(),
                    ReportingPeriod.ofMonth(month)).get(code));
            targetLine.add(t == null ? null : t.value());
        }
        RolledValue value = rollups.value(code, unit.code(), period.toString());
        Target target = targets.targetsFor(List.of(code), unit.id(), period).get(code);
        TargetCheck check = target == null ? null : TargetCheck.of(value.value(), target.value(), target.comparison());
        boolean allowed = mayOpen(unit);
        List<ChildRow> children = allowed ? children(indicator, unit, period) : List.of();
        List<String> definition = indicators.definitions().get(code);
        return new IndicatorDetail(indicator, definition == null ? null : definition.getFirst(), unit, period,
                breadcrumb(unit), value, target, check, months, trend, lastYear, targetLine, children, allowed);
    }

    /** The same, with the definition in the language asked ([Vietnamese, English] in the catalogue). */
    public @Nullable String definition(String code, boolean english) {
        List<String> definition = indicators.definitions().get(code);
        if (definition == null) {
            return null;
        }
        return english && definition.size() > 1 && !definition.get(1).isBlank() ? definition.get(1)
                : definition.getFirst();
    }

    /** The units one level down with rank, target and status, best first (no data last). */
    public List<ChildRow> children(IndicatorSummary indicator, UnitSummary unit, ReportingPeriod period) {
        List<RolledValue> values = rollups.breakdown(indicator.code(), unit.code(), period.toString());
        List<UnitSummary> units = hierarchy.children(unit.id(), period.endDate());
        Map<String, UnitSummary> byCode = new HashMap<>();
        units.forEach(u -> byCode.put(u.code(), u));
        Set<Long> parents = new java.util.HashSet<>();
        hierarchy.descendants(unit.id(), period.endDate()).forEach(u -> {
            if (u.parentId() != null) {
                parents.add(u.parentId());
            }
        });
        Map<Long, Map<String, Target>> childTargets = targets.targetsFor(List.of(indicator.code()), units, period);
        boolean ranked = indicator.valueType() != ValueType.RANK;
        List<ChildRow> rows = new ArrayList<>();
        List<Rankings.Ranked<RolledValue>> order = ranked ? Rankings.rank(values, RolledValue::value,
                indicator.direction()) : values.stream().map(v -> new Rankings.Ranked<>(v, (Integer) null)).toList();
        for (Rankings.Ranked<RolledValue> r : order) {
            UnitSummary child = byCode.get(r.item().unit());
            if (child == null) {
                continue;
            }
            Target target = childTargets.getOrDefault(child.id(), Map.of()).get(indicator.code());
            TargetCheck check = target == null ? null
                    : TargetCheck.of(r.item().value(), target.value(), target.comparison());
            rows.add(new ChildRow(child, r.item(), r.rank(), target, check, parents.contains(child.id())));
        }
        return rows;
    }

    /** Every KPI the unit reports or rolls up, with its standing among peers and a trend of months. */
    public UnitProfile profile(UnitSummary unit, ReportingPeriod period) {
        if (!mayOpen(unit)) {
            throw new AccessDeniedException("Đơn vị " + unit.code() + " không thuộc phạm vi của tài khoản này.");
        }
        boolean hasChildren = !hierarchy.children(unit.id(), period.endDate()).isEmpty();
        UnitLevel level = UnitLevel.fromCode(unit.level().code());
        List<IndicatorSummary> list = catalogue().values().stream()
                .filter(i -> i.active() && i.role() == IndicatorRole.KPI)
                .filter(i -> i.levels().contains(level) || (hasChildren && (i.aggUnits() == UnitAggregation.SUM
                        || i.aggUnits() == UnitAggregation.RATIO_OF_SUMS)))
                .sorted(Comparator.comparingInt(IndicatorSummary::sortOrder)).toList();
        List<String> codes = list.stream().map(IndicatorSummary::code).toList();
        List<RolledValue> values = rollups.values(codes, unit.code(), period.toString());
        List<RollupService.Standing> standings = rollups.standings(codes, unit.code(), period.toString());
        YearMonth last = period.lastMonth();
        Map<String, List<RolledValue>> trends = rollups.trends(codes, unit.code(),
                last.minusMonths(properties.trendMonths() - 1L).toString(), last.toString());
        Map<String, Target> unitTargets = targets.targetsFor(codes, unit.id(), period);
        List<ProfileRow> rows = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            IndicatorSummary indicator = list.get(i);
            RolledValue value = values.get(i);
            Target target = unitTargets.get(indicator.code());
            TargetCheck check = target == null ? null : TargetCheck.of(value.value(), target.value(),
                    target.comparison());
            RollupService.Standing standing = standings.get(i);
            rows.add(new ProfileRow(indicator, value, target, check, standing.rank(), standing.peers(),
                    standing.parent(), trends.getOrDefault(indicator.code(), List.of())));
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = last.minusMonths(properties.trendMonths() - 1L); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        List<MonthReport> history = reports(List.of(unit), months, unit).getOrDefault(unit.id(), List.of());
        return new UnitProfile(unit, period, breadcrumb(unit), rows, history);
    }

    /**
     * The reporting units below the scope (those with no units below them, in force at the last month's end)
     * × the months up to {@code last}: who reported on time, late or not at all.
     *
     * @param onlyBehind only the units late or missing in at least one of the months
     */
    public ReportingStatus reportingStatus(UnitSummary scope, YearMonth last, int monthCount, boolean onlyBehind) {
        if (!mayOpen(scope)) {
            throw new AccessDeniedException("Đơn vị " + scope.code() + " không thuộc phạm vi của tài khoản này.");
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = last.minusMonths(Math.max(1, Math.min(monthCount, 24)) - 1L); !m.isAfter(last);
                m = m.plusMonths(1)) {
            months.add(m);
        }
        List<UnitSummary> below = hierarchy.descendants(scope.id(), last.atEndOfMonth());
        Set<Long> parents = new java.util.HashSet<>();
        below.forEach(u -> {
            if (u.parentId() != null) {
                parents.add(u.parentId());
            }
        });
        List<UnitSummary> leaves = below.stream().filter(u -> !parents.contains(u.id())).toList();
        if (leaves.isEmpty()) {
            leaves = List.of(scope);
        }
        Map<Long, UnitSummary> byId = new HashMap<>();
        below.forEach(u -> byId.put(u.id(), u));
        byId.put(scope.id(), scope);
        Map<Long, List<MonthReport>> reports = reports(leaves, months, scope);
        Map<Long, int[]> counts = new LinkedHashMap<>();
        List<StatusRow> rows = new ArrayList<>();
        for (UnitSummary unit : leaves) {
            UnitSummary group = unit.parentId() == null ? unit : byId.getOrDefault(unit.parentId(), scope);
            StatusRow row = new StatusRow(unit, group, reports.getOrDefault(unit.id(), List.of()));
            MonthReport latest = row.months().getLast();
            int[] c = counts.computeIfAbsent(group.id(), k -> new int[5]);
            if (latest.state() != ReportState.NOT_IN_FORCE) {
                c[0]++;
                c[latest.state() == ReportState.ON_TIME ? 1 : latest.state() == ReportState.LATE ? 2
                        : latest.state() == ReportState.MISSING ? 3 : 4]++;
            }
            if (!onlyBehind || row.behind()) {
                rows.add(row);
            }
        }
        List<GroupCount> groups = new ArrayList<>();
        counts.forEach((id, c) -> {
            UnitSummary group = byId.get(id);
            int resubmitted = (int) reports.entrySet().stream()
                    .filter(e -> id.equals(groupOf(byId.get(e.getKey()), byId, scope).id()))
                    .filter(e -> e.getValue().getLast().resubmitted()).count();
            groups.add(new GroupCount(group, c[0], c[1], c[2], c[3], resubmitted));
        });
        return new ReportingStatus(scope, months, rows, groups);
    }

    private static UnitSummary groupOf(@Nullable UnitSummary unit, Map<Long, UnitSummary> byId, UnitSummary scope) {
        if (unit == null || unit.parentId() == null) {
            return scope;
        }
        return byId.getOrDefault(unit.parentId(), scope);
    }

    /** Each unit's report state per month, from one read of the report times. */
    private Map<Long, List<MonthReport>> reports(Collection<UnitSummary> units, List<YearMonth> months,
            UnitSummary scope) {
        // The unit's own reports: a department's file for many units is not the commune's report.
        Map<YearMonth, Map<Long, ReportedValues.Timing>> timings = reported.timings(
                units.stream().map(UnitSummary::id).toList(), months, true);
        Instant now = clock.instant();
        Map<YearMonth, Instant> deadlines = rollups.deadlines(months, scope);
        Map<Long, List<MonthReport>> result = new LinkedHashMap<>();
        for (UnitSummary unit : units) {
            List<MonthReport> list = new ArrayList<>();
            for (YearMonth month : months) {
                ReportedValues.Timing timing = timings.getOrDefault(month, Map.of()).get(unit.id());
                Instant deadline = deadlines.get(month);
                ReportState state;
                if (timing != null) {
                    state = timing.first().isBefore(deadline) ? ReportState.ON_TIME : ReportState.LATE;
                } else if (!unit.inForceOn(month.atEndOfMonth()) && !unit.inForceOn(month.atDay(1))) {
                    state = ReportState.NOT_IN_FORCE;
                } else {
                    state = now.isBefore(deadline) ? ReportState.NOT_DUE : ReportState.MISSING;
                }
                list.add(new MonthReport(month, state, timing == null ? null : timing.first(),
                        timing == null ? null : timing.latest(), timing == null ? 0 : timing.versions()));
            }
            result.put(unit.id(), List.copyOf(list));
        }
        return result;
    }

    /** The units from the province down to this one. */
    public List<UnitSummary> breadcrumb(UnitSummary unit) {
        List<UnitSummary> path = new ArrayList<>();
        for (long id : unit.pathIds()) {
            if (id == unit.id()) {
                path.add(unit);
            } else {
                hierarchy.find(id).ifPresent(path::add);
            }
        }
        return path;
    }

    /** The indicator with this code, if it exists. */
    public Optional<IndicatorSummary> indicator(String code) {
        return Optional.ofNullable(catalogue().get(code.strip()));
    }

    /** Active KPIs, in catalogue order, for the indicator picker. */
    public List<IndicatorSummary> kpis() {
        return catalogue().values().stream().filter(i -> i.active() && i.role() == IndicatorRole.KPI)
                .sorted(Comparator.comparingInt(IndicatorSummary::sortOrder)).toList();
    }

    private Map<String, IndicatorSummary> catalogue() {
        Map<String, IndicatorSummary> byCode = new LinkedHashMap<>();
        indicators.catalogue().forEach(i -> byCode.put(i.code(), i));
        return byCode;
    }

    private static @Nullable BigDecimal valueOf(@Nullable RolledValue value) {
        return value == null ? null : value.value();
    }
}
