package vn.dti.dashboard.reporting;

import java.util.List;

/**
 * The answer to an accepted submission: one entry per unit report (several for a multi-unit workbook).
 * {@code duplicate} is true when the byte-identical file was already stored: then the entries are the
 * existing submissions and nothing new was stored.
 */
public record SubmissionReceipt(List<Accepted> submissions, boolean duplicate) {

    public SubmissionReceipt {
        submissions = List.copyOf(submissions);
    }

    public record Accepted(long id, String unitCode, String unitName, String period, int version, int valuesAccepted,
            List<ReportProblem> warnings) {

        public Accepted {
            warnings = List.copyOf(warnings);
        }
    }
}
