package vn.dti.dashboard.reporting;

/**
 * Published after the transaction that stored a submission commits: rollups listen to it. Only ids and
 * plain values, so listeners in other modules never see the entities.
 *
 * @param period {@code YYYY-MM}
 */
public record SubmissionAccepted(long submissionId, long unitId, String unitCode, String period, int version) {
}
