package vn.dti.dashboard.reporting;

/** Why a submission was refused, with the HTTP status and error code of the API contract. */
public enum Refusal {
    /** Above the size limit. */
    TOO_LARGE(413, "file_too_large"),
    /** Not an .xlsx/.xls workbook (also a CSV renamed .xlsx), encrypted, or with macros. */
    NOT_A_SPREADSHEET(415, "unsupported_file"),
    /** Empty or truncated, or XML the reader refuses (a DTD, external entities). */
    UNREADABLE(422, "invalid_file"),
    /** Understood but invalid: the details list every cell. */
    INVALID(422, "invalid_report"),
    /** A unit outside the submitter's units, or a role that may not submit. */
    FORBIDDEN(403, "forbidden"),
    /** The period is locked. */
    PERIOD_LOCKED(409, "period_locked"),
    /** A malformed request parameter (a period that is not YYYY-MM). */
    BAD_REQUEST(400, "bad_request"),
    /** No unit with that code in force in the period (a template or form asked for). */
    NOT_FOUND(404, "not_found");

    private final int status;
    private final String error;

    Refusal(int status, String error) {
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }
}
