package vn.dti.dashboard.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import vn.dti.dashboard.hierarchy.UnitLevel;
import vn.dti.dashboard.reporting.spreadsheet.ReportSheet;
import vn.dti.dashboard.reporting.spreadsheet.ReportWorkbookWriter;

/**
 * One generated demo workbook: who sends it and when (the simulated submission), what it says per unit, and the
 * sheets it consists of. The bytes are written on demand, so a plan of thousands of workbooks stays small.
 *
 * @param month        the reporting month
 * @param senderCode   the unit that sends the file (the police department for its matrix of communes)
 * @param submittedAt  the simulated submission time
 * @param fileName     as an office would name it
 * @param reports      per unit, the figures the workbook carries (as written, percentages rounded)
 * @param sheets       the workbook's sheets
 * @param correction   true for the corrected second version of a report sent earlier
 */
record DemoWorkbook(YearMonth month, String senderCode, Instant submittedAt, String fileName,
        List<DemoReport> reports, List<ReportSheet> sheets, boolean correction) {

    DemoWorkbook {
        reports = List.copyOf(reports);
        sheets = List.copyOf(sheets);
    }

    /** The simulated user: {@code demo:<unit code>}. */
    String submittedBy() {
        return "demo:" + senderCode;
    }

    byte[] content() {
        return ReportWorkbookWriter.xlsx(sheets);
    }

    int valueCount() {
        return reports.stream().mapToInt(r -> r.values().size()).sum();
    }

    /**
     * One unit's figures in a demo workbook.
     *
     * @param fromMatrix true for a commune's row of the police matrix (e-ID figures only)
     */
    record DemoReport(String unitCode, String unitName, UnitLevel level, Map<String, BigDecimal> values,
            boolean fromMatrix) {

        DemoReport {
            values = Map.copyOf(values);
        }
    }
}
