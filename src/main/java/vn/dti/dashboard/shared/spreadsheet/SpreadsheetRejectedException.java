package vn.dti.dashboard.shared.spreadsheet;

/**
 * The file is not a spreadsheet this app reads, or is one it refuses (encrypted, with macros, over a
 * limit). {@link #reason()} tells which, so callers can answer 415, 413 or 422 as the API contract says.
 */
public class SpreadsheetRejectedException extends Exception {

    /** Why a file was refused. */
    public enum Reason {
        /** Not CSV, XLSX or XLS, or the content does not match the file name's extension. */
        NOT_A_SPREADSHEET,
        /** Password-protected (encrypted) workbook. */
        ENCRYPTED,
        /** Workbook with VBA macros. */
        MACROS,
        /** Empty or truncated file, or XML the reader cannot parse (including DTDs and external entities). */
        UNREADABLE,
        /** Too many sheets or rows, or a suspicious compression ratio (zip bomb). */
        TOO_LARGE
    }

    private final Reason reason;

    public SpreadsheetRejectedException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public SpreadsheetRejectedException(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
