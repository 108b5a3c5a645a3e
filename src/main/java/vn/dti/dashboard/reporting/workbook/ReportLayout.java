package vn.dti.dashboard.reporting.workbook;

/** The shapes of report sheet the reader understands (the API contract's "accepted layouts"). */
public enum ReportLayout {
    /** The app's own template (code and value columns, header cells written by the app). */
    TEMPLATE,
    /** Any sheet with a code column and a value column in a header row within the first 15 rows. */
    CODE_VALUE,
    /** The same without a code column: rows identified by the indicator's Vietnamese name. */
    NAME_VALUE,
    /** Units as rows, indicators as columns (the police's e-ID figures per commune). One draft per unit row. */
    MATRIX
}
