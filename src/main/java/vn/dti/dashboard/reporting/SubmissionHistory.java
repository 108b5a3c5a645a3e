package vn.dti.dashboard.reporting;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dti.dashboard.shared.period.ReportingPeriod;
import vn.dti.dashboard.shared.Amounts;

/**
 * The values that count for units' months: per indicator, the one from the newest version of the month's
 * report that carries it. A version replaces the figures it carries and keeps the others (docs/decisions/0006):
 * the police's e-ID matrix and the commune's own report are both versions of the commune's month, and neither
 * hides the other's figures.
 */
@Component
class SubmissionHistory {

    /** Unit ids per query: well under every database's parameter limit, and few round trips for 1,000 units. */
    private static final int CHUNK = 500;

    private final NamedParameterJdbcTemplate jdbc;

    SubmissionHistory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Unit id → month → indicator code → value, for the months that have values (others are absent, not
     * zero), in as few queries as the number of units allows: a workbook of 1,000 communes asks once or twice.
     */
    Map<Long, Map<ReportingPeriod, Map<String, BigDecimal>>> currentValues(Collection<Long> unitIds,
            Collection<ReportingPeriod> months) {
        return currentValues(unitIds, months, List.of());
    }

    /** As {@link #currentValues(Collection, Collection)}, only these indicators (all when empty). */
    Map<Long, Map<ReportingPeriod, Map<String, BigDecimal>>> currentValues(Collection<Long> unitIds,
            Collection<ReportingPeriod> months, Collection<String> codes) {
        if (unitIds.isEmpty() || months.isEmpty()) {
            return Map.of();
        }
        List<String> periods = months.stream().map(ReportingPeriod::toString).distinct().toList();
        Map<String, ReportingPeriod> byText = new HashMap<>();
        months.forEach(m -> byText.put(m.toString(), m));
        List<Long> ids = unitIds.stream().distinct().toList();
        // unit → month → indicator → the newest version's value seen so far.
        Map<Long, Map<String, Map<String, Versioned>>> newest = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            jdbc.query("select s.unit_id, s.period, s.version, v.indicator_code, v.amount from submission s "
                    + "join report_value v on v.submission_id = s.id "
                    + "where s.unit_id in (" + idList(chunk) + ") and s.period in (:periods)"
                    + (codes.isEmpty() ? "" : " and v.indicator_code in (:codes)"),
                    new MapSqlParameterSource("periods", periods).addValue("codes", List.copyOf(codes)), rs -> {
                        Map<String, Versioned> month = newest.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                                .computeIfAbsent(rs.getString(2), k -> new HashMap<>());
                        int version = rs.getInt(3);
                        String indicator = rs.getString(4);
                        Versioned kept = month.get(indicator);
                        if (kept == null || kept.version() < version) {
                            month.put(indicator, new Versioned(version, rs.getBigDecimal(5)));
                        }
                    });
        }
        Map<Long, Map<ReportingPeriod, Map<String, BigDecimal>>> result = new HashMap<>();
        newest.forEach((unit, byMonth) -> byMonth.forEach((period, values) -> {
            Map<String, BigDecimal> plain = new HashMap<>();
            values.forEach((indicator, value) -> plain.put(indicator, Amounts.plain(value.amount())));
            result.computeIfAbsent(unit, k -> new HashMap<>()).put(byText.get(period), plain);
        }));
        return result;
    }

    private record Versioned(int version, BigDecimal amount) {
    }

    /**
     * Ids as literals, not parameters: H2 matches a row against a list of parameters one by one, but against a
     * list of constants through a hash set, which for 500 units is the difference between 0.5 s and nothing.
     * Numbers from our own rows, never text from a user, so nothing can be injected.
     */
    static String idList(List<Long> ids) {
        StringBuilder list = new StringBuilder();
        for (long id : ids) {
            list.append(list.isEmpty() ? "" : ",").append(id);
        }
        return list.toString();
    }

    /** Month → indicator code → value for one unit. */
    Map<ReportingPeriod, Map<String, BigDecimal>> currentValues(long unitId, List<ReportingPeriod> months) {
        return currentValues(List.of(unitId), months).getOrDefault(unitId, Map.of());
    }

    /** The values that count for one unit's month. */
    Map<String, BigDecimal> currentValues(long unitId, ReportingPeriod month) {
        return currentValues(unitId, List.of(month)).getOrDefault(month, Map.of());
    }

}
