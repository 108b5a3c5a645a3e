package vn.dti.dashboard.reporting.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A unit × indicator table as a department sends figures for every commune (the police's e-ID figures):
 * one row per commune with its code and name, a bold "Cộng huyện …" subtotal row after each district's
 * communes and a "Tổng cộng" row at the end (both computed by the writer from the rows above), the period
 * in a header cell and a signature block.
 *
 * @param name             worksheet name
 * @param superior         the line above the agency, e.g. "UBND TỈNH VĨNH PHÚC"
 * @param agency           e.g. "CÔNG AN TỈNH VĨNH PHÚC"
 * @param title            the table's title
 * @param month            the reporting month
 * @param asOf             "(Số liệu tính đến hết ngày …)"
 * @param indicatorHeaders the indicator columns' headers (Vietnamese names or catalogue codes)
 * @param groups           the districts, each with its communes
 */
public record UnitMatrixSheet(String name, String superior, String agency, String title, YearMonth month,
        LocalDate asOf, List<String> indicatorHeaders, List<Group> groups, String signerTitle, String signerName)
        implements ReportSheet {

    public UnitMatrixSheet {
        indicatorHeaders = List.copyOf(indicatorHeaders);
        groups = List.copyOf(groups);
    }

    /**
     * @param subtotalLabel the label of the group's subtotal row, e.g. "Cộng huyện Vĩnh Tường"
     */
    public record Group(String subtotalLabel, List<UnitRow> units) {

        public Group {
            units = List.copyOf(units);
        }
    }

    /** A commune's row: its official code and name, and one figure per indicator column (null: empty cell). */
    public record UnitRow(String code, String name, List<@Nullable BigDecimal> values) {

        public UnitRow {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }
}
