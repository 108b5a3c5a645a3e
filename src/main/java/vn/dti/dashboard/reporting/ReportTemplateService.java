package vn.dti.dashboard.reporting;

import org.springframework.stereotype.Service;
import vn.dti.dashboard.reporting.spreadsheet.ReportTemplateWriter;

/** The monthly report template of a unit, as an .xlsx file for the browser and the API. */
@Service
public class ReportTemplateService {

    private final SubmissionService submissions;

    ReportTemplateService(SubmissionService submissions) {
        this.submissions = submissions;
    }

    /**
     * @throws SubmissionRefusedException NOT_FOUND for an unknown unit, FORBIDDEN outside the caller's units,
     *                                    BAD_REQUEST for a period that is not {@code YYYY-MM}
     */
    public OriginalFile template(String unitCode, String period) {
        ReportForm form = submissions.form(unitCode, period);
        return new OriginalFile(ReportTemplateWriter.fileName(form), ReportTemplateWriter.write(form));
    }
}
