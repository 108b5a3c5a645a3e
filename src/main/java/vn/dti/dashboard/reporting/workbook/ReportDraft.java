package vn.dti.dashboard.reporting.workbook;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.dti.dashboard.reporting.ReportValueParser;
import vn.dti.dashboard.shared.period.ReportingPeriod;

/**
 * One unit's report as read from a sheet (or from one row of a matrix), before the unit, the period and the
 * figures are checked against the database.
 *
 * @param sheet  worksheet name
 * @param layout the shape it was read from
 * @param unit   where the sheet names the unit ("Đơn vị báo cáo: …", a matrix row's label): the cell and the
 *               text after the label, e.g. {@code "UBND xã Vũ Di"} or {@code "09175"}; null when the sheet
 *               does not say (the form field then decides)
 * @param period where the sheet names the period; null when it does not say
 * @param values the cells that hold a number (blank cells and "not reported" marks are left out)
 */
public record ReportDraft(String sheet, ReportLayout layout, @Nullable LocatedText unit,
        @Nullable LocatedPeriod period, List<DraftValue> values) {

    public ReportDraft {
        values = List.copyOf(values);
    }

    /** Text found in a cell, e.g. the unit's name after "Đơn vị báo cáo:". */
    public record LocatedText(String cell, String text) {
    }

    /**
     * A period named in a cell: the text as written and the period it means, or null when the text names
     * none the reader understands (then the draft's reader also reports an issue).
     */
    public record LocatedPeriod(String cell, String text, @Nullable ReportingPeriod period) {
    }

    /**
     * One figure: the indicator's catalogue code, the value cell and the number read from it, with the
     * parser's notes on how it was read ({@link ReportValueParser#APPROXIMATE} etc.).
     */
    public record DraftValue(String indicator, String cell, BigDecimal number,
            List<ReportValueParser.Message> notes) {

        public DraftValue {
            notes = List.copyOf(notes);
        }
    }
}
