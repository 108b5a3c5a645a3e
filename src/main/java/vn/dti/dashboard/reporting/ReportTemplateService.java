package vn.dti.dashboard.reporting;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.dti.dashboard.hierarchy.HierarchyService;
import vn.dti.dashboard.hierarchy.UnitLevel;
import vn.dti.dashboard.hierarchy.UnitSummary;
import vn.dti.dashboard.reporting.spreadsheet.ReportTemplateWriter;
import vn.dti.dashboard.shared.Messages;

/** The monthly report template of a unit, as an .xlsx file for the browser and the API. */
@Service
public class ReportTemplateService {

    private final SubmissionService submissions;
    private final HierarchyService hierarchy;
    private final Messages messages;
    private final ReportTemplateWriter writer;

    ReportTemplateService(SubmissionService submissions, HierarchyService hierarchy, Messages messages) {
        this.submissions = submissions;
        this.hierarchy = hierarchy;
        this.messages = messages;
        this.writer = new ReportTemplateWriter(messages);
    }

    /**
     * The template with this month's stored values filled in and last month's for reference.
     *
     * @throws SubmissionRefusedException NOT_FOUND for an unknown unit, FORBIDDEN outside the caller's units,
     *                                    BAD_REQUEST for a period that is not {@code YYYY-MM}
     */
    public OriginalFile template(String unitCode, String period) {
        ReportForm form = submissions.form(unitCode, period);
        LocalDate start = LocalDate.parse(form.period() + "-01");
        return new OriginalFile(ReportTemplateWriter.fileName(form), writer.write(form, superior(form, start)));
    }

    /** The letterhead's first line: the People's Committee the unit answers to (none for a province). */
    private @Nullable String superior(ReportForm form, LocalDate date) {
        return hierarchy.findInForce(form.unitCode(), date)
                .map(UnitSummary::parentId)
                .flatMap(parentId -> hierarchy.find(parentId))
                .map(parent -> parent.level() == UnitLevel.DEPARTMENT ? parent.name()
                        : messages.vi("reporting.template.people-committee", parent.name()))
                .orElse(null);
    }
}
