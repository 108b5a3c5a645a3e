package vn.dti.dashboard.reporting;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a submission would store, shown before the reporter confirms ("check only"): the unit reports with
 * their values and warnings, and the errors that would refuse it.
 */
public record SubmissionPreview(List<UnitReport> reports, List<ReportProblem> errors) {

    public SubmissionPreview {
        reports = List.copyOf(reports);
        errors = List.copyOf(errors);
    }

    /** True when submitting would be accepted (no errors). */
    public boolean acceptable() {
        return errors.isEmpty();
    }

    /**
     * One unit's report.
     *
     * @param duplicate true when this exact file was already stored for the unit and period (nothing new would be stored)
     * @param nextVersion the version it would get
     */
    public record UnitReport(String unitCode, String unitName, String period, List<Value> values,
            List<ReportProblem> warnings, boolean duplicate, int nextVersion) {

        public UnitReport {
            values = List.copyOf(values);
            warnings = List.copyOf(warnings);
        }
    }

    /** One figure and where it came from, with the unit's value of the month before for comparison. */
    public record Value(String indicator, String indicatorName, String measureUnit, BigDecimal number,
            @Nullable String sheet, @Nullable String cell, @Nullable BigDecimal previousMonth) {
    }
}
