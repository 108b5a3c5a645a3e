package vn.dti.dashboard.reporting;

import java.util.List;

/**
 * Published once per stored file (or web-form entry), inside its transaction: listeners use
 * {@code @TransactionalEventListener}, so they see it after the commit only and never for a refused file.
 * One event for a workbook of 1,000 communes, not 1,000 events, so a rollup recomputes each ancestor once.
 */
public record SubmissionsAccepted(List<SubmissionAccepted> submissions) {

    public SubmissionsAccepted {
        submissions = List.copyOf(submissions);
    }
}
