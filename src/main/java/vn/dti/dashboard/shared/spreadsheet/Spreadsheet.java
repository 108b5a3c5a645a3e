package vn.dti.dashboard.shared.spreadsheet;

import java.util.List;

/**
 * A file read as text cells. Empty rows are left out, so {@link Row#number()} keeps the row number a
 * user sees in Excel (1-based) for error messages.
 */
public record Spreadsheet(String fileName, SpreadsheetFormat format, List<Sheet> sheets) {

    /**
     * A worksheet (a CSV file has one, named after the file). {@code hidden} is true for a sheet the workbook
     * hides (hidden or "very hidden"): offices keep earlier months there, which are not this upload's report.
     */
    public record Sheet(String name, List<Row> rows, boolean hidden) {

        /** A visible sheet. */
        public Sheet(String name, List<Row> rows) {
            this(name, rows, false);
        }
    }

    /** A non-empty row; {@code cells} hold only the non-blank cells, in column order. */
    public record Row(int number, List<Cell> cells) {

        /** The text of the cell in the 0-based column, or "" when it is blank. */
        public String text(int column) {
            for (Cell cell : cells) {
                if (cell.column() == column) {
                    return cell.text();
                }
            }
            return "";
        }
    }

    /**
     * A cell as Excel shows it: {@code ref} like "C7", 0-based {@code column}, {@code text} trimmed.
     * Dates come as ISO dates (2025-07-01) whatever their display format, since display formats depend on
     * the viewer's locale. {@code numeric} is true for a numeric cell (also a formula's cached numeric
     * result): its text is then in machine notation with the root locale ({@code 881,286},
     * {@code 10.38%}), whereas typed text cells follow the writer's own notation ({@code 881.286}). A
     * date cell is not {@code numeric}: its text is a date, not a number.
     */
    public record Cell(String ref, int column, String text, boolean numeric) {

        /** A text cell. */
        public Cell(String ref, int column, String text) {
            this(ref, column, text, false);
        }
    }
}
