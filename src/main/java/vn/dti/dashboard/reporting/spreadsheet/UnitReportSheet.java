package vn.dti.dashboard.reporting.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One unit's monthly report in one of the two shapes real offices use (samples in
 * {@code data-samples/reports/}):
 * <ul>
 * <li>{@link Style#ADMINISTRATIVE}: the administrative report ("báo cáo") with the agency and motto
 * letterhead, "Số: …/BC-UBND", the title naming the month, no code column (rows are known by their
 * Vietnamese names), a "Thực hiện" group over "Trong tháng" | "Lũy kế", a row of column numbers, Roman
 * numeral sections, figures typed as text in Vietnamese notation, and the signature block;</li>
 * <li>{@link Style#STATISTICAL_FORM}: the statistical form ("Biểu số 01/CĐS") naming the reporting and the
 * receiving unit and the period in header cells, with a code column and numeric value cells
 * ({@code #,##0}, percentages as fractions in {@code 0.00%}).</li>
 * </ul>
 *
 * @param name   worksheet name, e.g. "Biểu 01"
 * @param header the words around the table
 * @param lines  section headings and figures, in order
 */
public record UnitReportSheet(String name, Style style, Header header, List<Line> lines) implements ReportSheet {

    public UnitReportSheet {
        lines = List.copyOf(lines);
    }

    public enum Style {
        ADMINISTRATIVE,
        STATISTICAL_FORM
    }

    /**
     * @param superior       the line above the agency in the letterhead, e.g. "UBND HUYỆN VĨNH TƯỜNG"
     * @param agency         the reporting agency as its letterhead writes it, e.g. "UBND XÃ VŨ DI"
     * @param reportingUnit  the unit as a statistical form names it after "Đơn vị báo cáo:", e.g. "UBND xã Vũ
     *                       Di", or with its code ("09175 - Xã Vũ Di") where the name alone is not unique
     * @param recipient      "Đơn vị nhận báo cáo" of a statistical form
     * @param place          where the report is signed ("Vũ Di, ngày 05 tháng 10 năm 2023")
     * @param month          the reporting month
     * @param signedOn       the signing date
     * @param documentNumber the number in "Số: 45/BC-UBND"; the suffix after it, e.g. "BC-UBND"
     * @param periodRange    an administrative report that also states its period as dates
     *                       "(Kỳ báo cáo: từ ngày 15/8/2023 đến ngày 14/9/2023)"
     * @param signerTitle    e.g. "PHÓ CHỦ TỊCH", "GIÁM ĐỐC"
     * @param signerName     the person who signs
     * @param preparedBy     the official who prepared the figures ("Người lập biểu")
     */
    public record Header(String superior, String agency, String reportingUnit, String recipient, String place,
            YearMonth month, LocalDate signedOn, int documentNumber, String documentSuffix, boolean periodRange,
            String signerTitle, String signerName, String preparedBy) {
    }

    /** How a line is written. */
    public enum Kind {
        /** A section heading: Roman numeral and title, no figure. */
        SECTION,
        /** A whole number. */
        COUNT,
        /** A percentage (41.12 means 41,12 %). */
        PERCENT
    }

    /**
     * A row of the table.
     *
     * @param number     the row's numbering as written: "I", "1", "1.1"
     * @param name       the indicator as the office names it (or the section title)
     * @param code       the catalogue code (written only in a statistical form)
     * @param measure    unit of measure in Vietnamese: "Hồ sơ", "%", "Tổ"
     * @param value      the month's figure; null leaves the cell empty (not reported)
     * @param cumulative the year-to-date figure of an administrative report ("Lũy kế"); null leaves it empty
     * @param suffix     words typed after the figure in an administrative report ("tổ" in "1.240 tổ")
     */
    public record Line(String number, String name, @Nullable String code, String measure, Kind kind,
            @Nullable BigDecimal value, @Nullable BigDecimal cumulative, @Nullable String suffix) {

        public static Line section(String number, String title) {
            return new Line(number, title, null, "", Kind.SECTION, null, null, null);
        }
    }
}
