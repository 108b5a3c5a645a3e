package vn.dti.dashboard.rollup;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dti.dashboard.hierarchy.HierarchyChanged;
import vn.dti.dashboard.hierarchy.HierarchyService;
import vn.dti.dashboard.hierarchy.UnitSummary;
import vn.dti.dashboard.indicators.IndicatorService;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.indicators.UnitAggregation;
import vn.dti.dashboard.reporting.DemoReportProgress;
import vn.dti.dashboard.reporting.DemoReportsImported;
import vn.dti.dashboard.reporting.ReportedValues;
import vn.dti.dashboard.reporting.SubmissionAccepted;
import vn.dti.dashboard.reporting.SubmissionsAccepted;
import vn.dti.dashboard.rollup.RollupCalculator.Node;
import vn.dti.dashboard.rollup.RollupCalculator.Rolled;

/**
 * Keeps {@code rollup_value}: after each stored file, the months and provinces it touched are rolled up again
 * from the units' reports, and the rows of the submitting units' ancestors (for the indicators the file
 * carried) are replaced; a full rebuild rolls every month of every province. Both go through
 * {@link #recompute}, so an incremental update cannot differ from a rebuild.
 *
 * <p>The update runs after the file's transaction commits, in a transaction of its own, on the thread that
 * stored the file: the upload's answer leaves only when the province figure is up to date.
 */
@Component
class RollupEngine {

    private static final Logger log = LoggerFactory.getLogger(RollupEngine.class);
    private static final int BATCH = 1_000;
    /** From this many reports in one file, the month's units are loaded at once instead of one by one. */
    private static final int BULK = 20;

    private final HierarchyService hierarchy;
    private final IndicatorService indicators;
    private final ReportedValues reported;
    private final DemoReportProgress demoReports;
    private final ReportingDeadlines deadlines;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final Map<String, Object> locks = new java.util.concurrent.ConcurrentHashMap<>();

    RollupEngine(HierarchyService hierarchy, IndicatorService indicators, ReportedValues reported,
            DemoReportProgress demoReports, ReportingDeadlines deadlines, JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.hierarchy = hierarchy;
        this.indicators = indicators;
        this.reported = reported;
        this.demoReports = demoReports;
        this.deadlines = deadlines;
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The indicators summed over units: the only ones with rows (ratios are recomputed when read). */
    List<String> summedCodes() {
        return indicators.catalogue().stream().filter(i -> i.aggUnits() == UnitAggregation.SUM)
                .map(IndicatorSummary::code).toList();
    }

    @TransactionalEventListener
    void on(SubmissionsAccepted event) {
        if (demoReports.running().isPresent()) {
            return; // the demo import rebuilds once at its end (DemoReportsImported)
        }
        Set<String> summed = new HashSet<>(summedCodes());
        // (province, month) → the ancestors to rewrite and the indicators that changed
        Map<String, Touched> touched = new LinkedHashMap<>();
        // The units in force per month, loaded once: a workbook of 1,000 communes would otherwise ask 1,000 times.
        Map<YearMonth, Map<Long, UnitSummary>> inForce = new HashMap<>();
        for (SubmissionAccepted accepted : event.submissions()) {
            List<String> codes = accepted.indicatorCodes().stream().filter(summed::contains).toList();
            YearMonth month = YearMonth.parse(accepted.period());
            UnitSummary unit = event.submissions().size() < BULK ? null : inForce.computeIfAbsent(month, m -> {
                Map<Long, UnitSummary> byId = new HashMap<>();
                hierarchy.unitsInForce(m.atEndOfMonth()).forEach(u -> byId.put(u.id(), u));
                return byId;
            }).get(accepted.unitId());
            if (unit == null) {
                // A file of a few reports, or a unit founded or closed within the month.
                unit = hierarchy.find(accepted.unitId()).orElse(null);
            }
            if (codes.isEmpty() || unit == null) {
                continue;
            }
            List<Long> path = unit.pathIds();
            Touched t = touched.computeIfAbsent(path.getFirst() + "/" + month, k -> new Touched(path.getFirst(),
                    month, new HashSet<>(), new HashSet<>()));
            t.units().addAll(path); // the unit itself too: a district's own report changes its row
            t.codes().addAll(codes);
        }
        for (Touched t : touched.values()) {
            recomputeLocked(t.root(), t.month(), t.units(), t.codes());
        }
    }

    private record Touched(long root, YearMonth month, Set<Long> units, Set<String> codes) {
    }

    @EventListener
    void on(DemoReportsImported event) {
        long start = System.nanoTime();
        int rows = rebuild();
        log.info("Rollups: rebuilt after the demo reports, {} rows in {} ms", rows, (System.nanoTime() - start) / 1_000_000);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(HierarchyChanged event) {
        if (demoReports.running().isPresent()) {
            return;
        }
        rebuild();
    }

    /** Which reports were on time depends on the deadline: count again (the figures themselves stay). */
    @TransactionalEventListener
    void on(ReportingDeadlineChanged event) {
        deadlines.forget(event); // the committed day, before counting (this runs before the cache's own listener)
        if (demoReports.running().isPresent()) {
            return;
        }
        rebuild();
    }

    /** Rolls every month that has reports, in every province of that month; returns the rows written. */
    int rebuild() {
        List<String> codes = summedCodes();
        newTransaction.executeWithoutResult(status -> jdbc.update("delete from rollup_value"));
        int rows = 0;
        for (YearMonth month : reported.monthsWithReports()) {
            LocalDate day = month.atEndOfMonth();
            for (UnitSummary root : hierarchy.unitsInForce(day).stream().filter(u -> u.parentId() == null).toList()) {
                rows += recomputeLocked(root.id(), month, null, codes);
            }
        }
        return rows;
    }

    /**
     * One province-month at a time, and the lock held until the commit: two files of the same province and
     * month stored at once would otherwise let the slower update, which read before the other file committed,
     * write last. Whoever takes the lock second reads both files.
     */
    private int recomputeLocked(long rootId, YearMonth month, @Nullable Set<Long> rewrite, Collection<String> codes) {
        Object lock = locks.computeIfAbsent(rootId + "/" + month, k -> new Object());
        synchronized (lock) {
            Integer written = newTransaction.execute(status -> recompute(rootId, month, rewrite, codes));
            return written == null ? 0 : written;
        }
    }

    /**
     * Rolls one province's month up its tree as in force at the month's end, and replaces the rows of
     * {@code rewrite} (null: every unit with units below it) for {@code codes}.
     *
     * @return the rows written
     */
    int recompute(long rootId, YearMonth month, @Nullable Set<Long> rewrite, Collection<String> codes) {
        LocalDate day = month.atEndOfMonth();
        UnitSummary root = hierarchy.find(rootId).orElse(null);
        if (root == null || codes.isEmpty()) {
            return 0;
        }
        List<UnitSummary> units = new ArrayList<>();
        if (inForce(root, day)) {
            units.add(root);
            units.addAll(hierarchy.descendants(rootId, day));
        }
        List<Long> ids = units.stream().map(UnitSummary::id).toList();
        Map<Long, Map<String, Rolled>> rolled = ids.isEmpty() ? Map.of() : RollupCalculator.roll(
                units.stream().map(u -> new Node(u.id(), u.parentId())).toList(), reported.values(ids, month),
                reported.timings(ids, month), deadlines.deadline(month, root.code()), codes);
        Set<Long> targets = rewrite == null ? rolled.keySet() : rewrite;
        if (targets.isEmpty()) {
            return 0;
        }
        String units_ = targets.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<Object> args = new ArrayList<>();
        args.add(month.toString());
        args.addAll(codes);
        // Our own ids as literals; the codes as parameters.
        jdbc.update("delete from rollup_value where unit_id in (" + units_ + ") and period = ? and indicator_code in ("
                + String.join(",", java.util.Collections.nCopies(codes.size(), "?")) + ")", args.toArray());
        List<Object[]> rows = new ArrayList<>();
        Set<String> wanted = new HashSet<>(codes);
        for (long unit : targets) {
            rolled.getOrDefault(unit, Map.of()).forEach((code, r) -> {
                if (wanted.contains(code)) {
                    rows.add(new Object[] {unit, month.toString(), code, r.amount(), r.reportedUnits(),
                            r.onTimeUnits(), r.latestAt() == null ? null : r.latestAt().atOffset(ZoneOffset.UTC)});
                }
            });
        }
        jdbc.batchUpdate("insert into rollup_value (unit_id, period, indicator_code, amount, reported_units, "
                + "on_time_units, latest_at) values (?, ?, ?, ?, ?, ?, ?)", rows, BATCH, (ps, row) -> {
                    ps.setLong(1, (Long) row[0]);
                    ps.setString(2, (String) row[1]);
                    ps.setString(3, (String) row[2]);
                    ps.setBigDecimal(4, (BigDecimal) row[3]);
                    ps.setInt(5, (Integer) row[4]);
                    ps.setInt(6, (Integer) row[5]);
                    if (row[6] == null) {
                        ps.setNull(7, Types.TIMESTAMP_WITH_TIMEZONE);
                    } else {
                        ps.setObject(7, (OffsetDateTime) row[6]);
                    }
                });
        return rows.size();
    }

    private static boolean inForce(UnitSummary unit, LocalDate day) {
        return (unit.validFrom() == null || !unit.validFrom().isAfter(day))
                && (unit.validTo() == null || !unit.validTo().isBefore(day));
    }

    /** The deadline of the month for reports of the unit's province. */
    java.time.Instant deadline(YearMonth month, UnitSummary unit) {
        return deadlines.deadline(month, provinceCode(unit));
    }

    /** The deadline of the month for reports of the province with this code. */
    java.time.Instant deadline(YearMonth month, String provinceCode) {
        return deadlines.deadline(month, provinceCode);
    }

    /** The code of the unit's province (the root of its path). */
    String provinceCode(UnitSummary unit) {
        long root = unit.pathIds().getFirst();
        return root == unit.id() ? unit.code() : hierarchy.find(root).map(UnitSummary::code).orElse(unit.code());
    }

    /** Rows as stored, for reads: unit → month → indicator → rolled figure. */
    Map<Long, Map<String, Map<String, Rolled>>> rows(Collection<Long> unitIds, Collection<YearMonth> months,
            Collection<String> codes) {
        Map<Long, Map<String, Map<String, Rolled>>> result = new HashMap<>();
        if (unitIds.isEmpty() || months.isEmpty() || codes.isEmpty()) {
            return result;
        }
        List<Object> args = new ArrayList<>();
        months.forEach(m -> args.add(m.toString()));
        args.addAll(codes);
        jdbc.query("select unit_id, period, indicator_code, amount, reported_units, on_time_units, latest_at "
                + "from rollup_value where unit_id in (" + unitIds.stream().map(String::valueOf)
                        .collect(Collectors.joining(",")) + ") and period in ("
                + String.join(",", java.util.Collections.nCopies(months.size(), "?")) + ") and indicator_code in ("
                + String.join(",", java.util.Collections.nCopies(codes.size(), "?")) + ")", rs -> {
                    OffsetDateTime latest = rs.getObject(7, OffsetDateTime.class);
                    result.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new HashMap<>())
                            .put(rs.getString(3), new Rolled(rs.getBigDecimal(4), rs.getInt(5), rs.getInt(6),
                                    latest == null ? null : latest.toInstant()));
                }, args.toArray());
        return result;
    }
}
