package vn.dti.dashboard.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dti.dashboard.shared.period.ReportingPeriod;

/**
 * The reported figures as other features read them (rollups, dashboards): per unit and month the value that
 * counts for each indicator (docs/decisions/0006), and when the unit's report for the month first and last
 * arrived. Records only; the tables stay this module's own.
 */
@Service
@Transactional(readOnly = true)
public class ReportedValues {

    /** Unit ids per query, as in {@link SubmissionHistory}. */
    private static final int CHUNK = 500;

    /**
     * When a unit's report for a month arrived: the first version (timeliness), the newest, and how many
     * versions there are (more than one: resubmitted).
     */
    public record Timing(long unitId, Instant first, Instant latest, int versions) {
    }

    private final SubmissionHistory history;
    private final NamedParameterJdbcTemplate jdbc;

    ReportedValues(SubmissionHistory history, NamedParameterJdbcTemplate jdbc) {
        this.history = history;
        this.jdbc = jdbc;
    }

    /** Unit id → indicator code → the value that counts in the month; units without a report are absent. */
    public Map<Long, Map<String, BigDecimal>> values(Collection<Long> unitIds, YearMonth month) {
        ReportingPeriod period = ReportingPeriod.ofMonth(month);
        Map<Long, Map<String, BigDecimal>> result = new HashMap<>();
        history.currentValues(unitIds, List.of(period)).forEach((unit, byMonth) -> {
            Map<String, BigDecimal> values = byMonth.get(period);
            if (values != null && !values.isEmpty()) {
                result.put(unit, values);
            }
        });
        return result;
    }

    /**
     * Month → unit id → indicator code → the value that counts, for several months and only the indicators
     * asked (all when empty) in one query per 500 units: what a trend or a dashboard needs at once.
     */
    public Map<YearMonth, Map<Long, Map<String, BigDecimal>>> values(Collection<Long> unitIds,
            Collection<YearMonth> months, Collection<String> codes) {
        Map<YearMonth, Map<Long, Map<String, BigDecimal>>> result = new HashMap<>();
        List<ReportingPeriod> periods = months.stream().distinct().map(ReportingPeriod::ofMonth).toList();
        history.currentValues(unitIds, periods, codes).forEach((unit, byMonth) -> byMonth.forEach((period, values) -> {
            if (!values.isEmpty()) {
                result.computeIfAbsent(period.months().getFirst(), k -> new HashMap<>()).put(unit, values);
            }
        }));
        return result;
    }

    /** Month → unit id → when its report arrived, for several months in one query per 500 units. */
    public Map<YearMonth, Map<Long, Timing>> timings(Collection<Long> unitIds, Collection<YearMonth> months) {
        return timings(unitIds, months, false);
    }

    /**
     * As {@link #timings(Collection, Collection)}; with {@code ownReportsOnly}, only the unit's own reports
     * count: a file that carries several units (the police's e-ID matrix of communes) is a department's report
     * on their behalf, and does not make a commune that sent nothing "on time".
     */
    public Map<YearMonth, Map<Long, Timing>> timings(Collection<Long> unitIds, Collection<YearMonth> months,
            boolean ownReportsOnly) {
        Map<YearMonth, Map<Long, Timing>> result = new HashMap<>();
        List<Long> ids = unitIds.stream().distinct().toList();
        List<String> periods = months.stream().distinct().map(YearMonth::toString).toList();
        if (periods.isEmpty()) {
            return result;
        }
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            jdbc.query("select s.unit_id, s.period, min(s.submitted_at), max(s.submitted_at), count(*) from submission s "
                    + "where s.unit_id in ("
                    + SubmissionHistory.idList(chunk) + ") and s.period in (:periods)"
                    + (ownReportsOnly ? " and (s.sha256 is null or not exists (select 1 from submission o where "
                            + "o.sha256 = s.sha256 and o.period = s.period and o.unit_id <> s.unit_id))" : "")
                    + " group by s.unit_id, s.period",
                    new MapSqlParameterSource("periods", periods), rs -> {
                        long unit = rs.getLong(1);
                        result.computeIfAbsent(YearMonth.parse(rs.getString(2)), k -> new HashMap<>()).put(unit,
                                new Timing(unit, rs.getObject(3, java.time.OffsetDateTime.class).toInstant(),
                                        rs.getObject(4, java.time.OffsetDateTime.class).toInstant(), rs.getInt(5)));
                    });
        }
        return result;
    }

    /** Unit id → when its report for the month arrived; units without a report are absent. */
    public Map<Long, Timing> timings(Collection<Long> unitIds, YearMonth month) {
        Map<Long, Timing> result = new HashMap<>();
        List<Long> ids = unitIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            jdbc.query("select unit_id, min(submitted_at), max(submitted_at), count(*) from submission where unit_id in ("
                    + SubmissionHistory.idList(chunk) + ") and period = :period group by unit_id",
                    new MapSqlParameterSource("period", month.toString()), rs -> {
                        long unit = rs.getLong(1);
                        result.put(unit, new Timing(unit, rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                                rs.getObject(3, java.time.OffsetDateTime.class).toInstant(), rs.getInt(4)));
                    });
        }
        return result;
    }

    /** Every month that has at least one report, oldest first (what a full rebuild goes through). */
    public List<YearMonth> monthsWithReports() {
        List<YearMonth> months = new ArrayList<>();
        jdbc.query("select distinct period from submission order by period", Map.of(),
                rs -> {
                    months.add(YearMonth.parse(rs.getString(1)));
                });
        return months;
    }
}
