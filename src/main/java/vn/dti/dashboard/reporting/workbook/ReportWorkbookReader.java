package vn.dti.dashboard.reporting.workbook;

import java.util.List;
import vn.dti.dashboard.reporting.ReportIssue;
import vn.dti.dashboard.shared.spreadsheet.Spreadsheet;

/** PLACEHOLDER replaced by the reader branch before this issue is resolved. */
public final class ReportWorkbookReader {

    public WorkbookReading read(Spreadsheet spreadsheet, IndicatorLookup lookup) {
        return new WorkbookReading(List.of(), List.of(ReportIssue.of(spreadsheet.fileName(), null, null,
                "reporting.read.no-report")), List.of());
    }
}
