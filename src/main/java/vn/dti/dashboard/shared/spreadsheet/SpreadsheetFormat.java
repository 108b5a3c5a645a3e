package vn.dti.dashboard.shared.spreadsheet;

/** What a file really is, decided from its bytes (a file name can lie). */
public enum SpreadsheetFormat {
    /** Office Open XML workbook (.xlsx). */
    XLSX,
    /** Excel 97-2003 workbook (.xls), an OLE2 container. */
    XLS,
    /** Comma- or semicolon-separated text, UTF-8 (with or without BOM). */
    CSV
}
