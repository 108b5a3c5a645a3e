package vn.dti.dashboard.reporting;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dti.dashboard.shared.period.ReportingPeriod;

/** The values that count for a unit's months: those of the newest version of each month's report. */
@Component
@Transactional(readOnly = true)
class SubmissionHistory {

    private final SubmissionRepository submissions;
    private final ReportValueRepository values;

    SubmissionHistory(SubmissionRepository submissions, ReportValueRepository values) {
        this.submissions = submissions;
        this.values = values;
    }

    /** Month → indicator code → value, for the months that have a report (others are absent, not zero). */
    Map<ReportingPeriod, Map<String, BigDecimal>> currentValues(long unitId, List<ReportingPeriod> months) {
        if (months.isEmpty()) {
            return Map.of();
        }
        List<Submission> current = submissions.currentVersions(unitId,
                months.stream().map(ReportingPeriod::toString).toList());
        if (current.isEmpty()) {
            return Map.of();
        }
        Map<Long, ReportingPeriod> periodOf = current.stream()
                .collect(Collectors.toMap(Submission::getId, s -> ReportingPeriod.parse(s.getPeriod())));
        Map<ReportingPeriod, Map<String, BigDecimal>> result = new HashMap<>();
        for (ReportValue value : values.findBySubmissionIds(periodOf.keySet())) {
            result.computeIfAbsent(periodOf.get(value.getSubmissionId()), k -> new HashMap<>())
                    .put(value.getIndicatorCode(), value.getAmount().stripTrailingZeros());
        }
        return result;
    }

    /** The newest version's values of one month. */
    Map<String, BigDecimal> currentValues(long unitId, ReportingPeriod month) {
        return currentValues(unitId, List.of(month)).getOrDefault(month, Map.of());
    }

}
