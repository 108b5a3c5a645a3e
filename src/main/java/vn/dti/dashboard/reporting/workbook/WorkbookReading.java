package vn.dti.dashboard.reporting.workbook;

import java.util.List;
import vn.dti.dashboard.reporting.ReportIssue;

/**
 * What a workbook says: the unit reports found in it, the cells that could not be read (errors: the upload
 * is refused), and the readings worth a second look (warnings: stored but flagged, e.g. an approximate
 * figure or a subtotal that disagrees with its rows).
 */
public record WorkbookReading(List<ReportDraft> reports, List<ReportIssue> errors, List<ReportIssue> warnings) {

    public WorkbookReading {
        reports = List.copyOf(reports);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }
}
