package vn.dti.dashboard.reporting;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Published once per stored file (or web-form entry), inside its transaction: listeners that keep derived
 * figures use {@code @TransactionalEventListener}, so they see it after the commit only and never for a
 * refused file; the audit trail listens inside the transaction, so its entry is stored with the submission or
 * not at all. One event for a workbook of 1,000 communes, not 1,000 events, so a rollup recomputes each
 * ancestor once.
 *
 * @param provenance who sent which file; null when the event replays stored submissions (benchmarks,
 *                   rebuild tools) rather than reporting a new one
 */
public record SubmissionsAccepted(List<SubmissionAccepted> submissions, @Nullable Provenance provenance) {

    /** Who stored the file, through which channel; the file's name and SHA-256 (null for the web form). */
    public record Provenance(String submittedBy, Channel channel, @Nullable String fileName, @Nullable String sha256) {
    }

    public SubmissionsAccepted {
        submissions = List.copyOf(submissions);
    }

    /** Stored submissions replayed into listeners, with no new upload behind them. */
    public SubmissionsAccepted(List<SubmissionAccepted> submissions) {
        this(submissions, null);
    }
}
