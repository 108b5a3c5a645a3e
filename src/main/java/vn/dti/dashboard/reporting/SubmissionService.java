package vn.dti.dashboard.reporting;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Receives monthly reports: reads the workbook, checks every figure in one pass, and stores a new version
 * of the unit's report, all or nothing. Web views and the API both come through here, so the scope and
 * lock checks hold for both. Hands out records, never entities.
 */
@Service
public class SubmissionService {

    /** Reads and checks without storing ("check only"): the values that would be stored, warnings and errors. */
    public SubmissionPreview check(ReportUpload upload, Channel channel, Locale locale) {
        throw new UnsupportedOperationException("being implemented");
    }

    /**
     * Stores the workbook's reports as new versions, or refuses it whole.
     *
     * @throws SubmissionRefusedException with the contract's status: 413, 415, 422 (details per cell), 403, 409
     */
    public SubmissionReceipt submit(ReportUpload upload, Channel channel, Locale locale) {
        throw new UnsupportedOperationException("being implemented");
    }

    /** Checks values typed into the web entry form, as {@link #check} does for a workbook. */
    public SubmissionPreview checkForm(FormEntry entry, Locale locale) {
        throw new UnsupportedOperationException("being implemented");
    }

    /** Stores values typed into the web entry form as the next version (channel FORM). */
    public SubmissionReceipt submitForm(FormEntry entry, Locale locale) {
        throw new UnsupportedOperationException("being implemented");
    }

    /**
     * What the unit enters for the month (template and entry form), with stored values.
     *
     * @throws SubmissionRefusedException NOT_FOUND for an unknown unit, FORBIDDEN outside the caller's units,
     *                                    INVALID for a period that is not a month
     */
    public ReportForm form(String unitCode, String period) {
        throw new UnsupportedOperationException("being implemented");
    }

    /** The stored versions of a unit's report for a month, newest first (empty when none). */
    public List<SubmissionVersion> versions(String unitCode, String period) {
        throw new UnsupportedOperationException("being implemented");
    }

    /** The newest submissions in the caller's units, newest first. */
    public List<SubmissionVersion> recent(int limit) {
        throw new UnsupportedOperationException("being implemented");
    }

    /** The values stored with a submission, in catalogue order. */
    public List<StoredValue> values(long submissionId, Locale locale) {
        throw new UnsupportedOperationException("being implemented");
    }

    /** The file as uploaded (empty for web-form submissions). */
    public Optional<OriginalFile> original(long submissionId) {
        throw new UnsupportedOperationException("being implemented");
    }

    /** Stores as the given submitter (the demo generator's simulated users and times), same checks otherwise. */
    SubmissionReceipt submitAs(ReportUpload upload, Submitter submitter) {
        throw new UnsupportedOperationException("being implemented");
    }
}
