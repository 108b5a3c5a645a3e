package vn.dti.dashboard.reporting;

import java.util.List;

/**
 * A submission that was refused; nothing was stored. {@link #getMessage()} is the summary in the caller's
 * language, {@link #details()} every problem with its sheet and cell.
 */
public class SubmissionRefusedException extends RuntimeException {

    private final Refusal refusal;
    private final List<ReportProblem> details;

    public SubmissionRefusedException(Refusal refusal, String message, List<ReportProblem> details) {
        super(message);
        this.refusal = refusal;
        this.details = List.copyOf(details);
    }

    public Refusal refusal() {
        return refusal;
    }

    public List<ReportProblem> details() {
        return details;
    }
}
