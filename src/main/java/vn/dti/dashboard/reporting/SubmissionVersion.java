package vn.dti.dashboard.reporting;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One stored version of a unit's report for a period (the contract's {@code GET /api/v1/submissions}). */
public record SubmissionVersion(long id, String unitCode, String unitName, String period, int version,
        String submittedBy, Instant submittedAt, Channel channel, @Nullable String fileName, @Nullable String sha256,
        int valuesAccepted, int warnings, boolean current) {
}
