package vn.dti.dashboard.reporting;

import java.util.List;

/**
 * One stored report, as {@link SubmissionsAccepted} lists it. Only ids and plain values, so listeners in
 * other modules never see the entities.
 *
 * @param period         {@code YYYY-MM}
 * @param indicatorCodes the indicators this version carries (their current values changed), sorted
 */
public record SubmissionAccepted(long submissionId, long unitId, String unitCode, String period, int version,
        List<String> indicatorCodes) {

    public SubmissionAccepted {
        indicatorCodes = List.copyOf(indicatorCodes);
    }
}
