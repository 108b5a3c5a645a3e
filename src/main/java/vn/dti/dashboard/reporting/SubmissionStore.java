package vn.dti.dashboard.reporting;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dti.dashboard.reporting.SubmissionChecker.CheckedReport;
import vn.dti.dashboard.shared.Messages;

/**
 * Writes checked reports: each becomes the next version of its unit's month, with its values and
 * warnings, in one transaction for the whole file (a multi-unit workbook is all or nothing). Publishes
 * {@link SubmissionAccepted} per report; listeners that need committed data use
 * {@code @TransactionalEventListener}/{@code @ApplicationModuleListener}, so they see it after the commit.
 */
@Component
class SubmissionStore {

    private final SubmissionRepository submissions;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Messages messages;

    SubmissionStore(SubmissionRepository submissions, JdbcTemplate jdbc, ApplicationEventPublisher events,
            Messages messages) {
        this.submissions = submissions;
        this.jdbc = jdbc;
        this.events = events;
        this.messages = messages;
    }

    /** One stored report: the submission and the warnings stored with it. */
    record Stored(Submission submission, CheckedReport report) {
    }

    @Transactional
    List<Stored> store(List<CheckedReport> reports, Submitter submitter, @Nullable StoredUpload file) {
        List<Stored> stored = new ArrayList<>();
        for (CheckedReport report : reports) {
            long unitId = report.unit().id();
            String period = report.period().toString();
            int version = submissions.lastVersion(unitId, period) + 1;
            // Identity keys insert on save, so the id is there without a flush (flushing after each report of a
            // 1,000-sheet workbook would dirty-check every submission stored before it).
            Submission submission = submissions.save(new Submission(unitId, report.unit().code(), period,
                    version, submitter, file, report.sheet(), report.values().size(), report.warnings().size()));
            long id = submission.getId();
            jdbc.batchUpdate("insert into report_value (submission_id, indicator_code, amount, sheet_name, cell_ref) "
                    + "values (?, ?, ?, ?, ?)", report.values(), 200, (ps, value) -> {
                        ps.setLong(1, id);
                        ps.setString(2, value.indicator().code());
                        ps.setBigDecimal(3, value.number());
                        ps.setString(4, value.sheet());
                        ps.setString(5, value.cell());
                    });
            jdbc.batchUpdate("insert into submission_warning (submission_id, sheet_name, cell_ref, indicator_code, "
                    + "message_key, message_vi, message_en) values (?, ?, ?, ?, ?, ?, ?)", report.warnings(), 200,
                    (ps, warning) -> {
                        ps.setLong(1, id);
                        ps.setString(2, warning.sheet());
                        ps.setString(3, warning.cell());
                        ps.setString(4, warning.indicator());
                        ps.setString(5, warning.messageKey());
                        ps.setString(6, truncate(warning.render(messages, Messages.VIETNAMESE).message()));
                        ps.setString(7, truncate(warning.render(messages, Messages.ENGLISH).message()));
                    });
            events.publishEvent(new SubmissionAccepted(id, unitId, report.unit().code(), period, version));
            stored.add(new Stored(submission, report));
        }
        return stored;
    }

    /** The warnings of a submission as (indicator code, message) in the language's column. */
    List<String[]> warnings(long submissionId, String messageColumn) {
        String column = "message_en".equals(messageColumn) ? "message_en" : "message_vi";
        return jdbc.query("select indicator_code, " + column + " from submission_warning where submission_id = ? "
                + "and indicator_code is not null order by id", (rs, row) -> new String[] {rs.getString(1),
                        rs.getString(2)}, submissionId);
    }

    private static String truncate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }

}
