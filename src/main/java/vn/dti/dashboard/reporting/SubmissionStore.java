package vn.dti.dashboard.reporting;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dti.dashboard.reporting.SubmissionChecker.CheckedReport;
import vn.dti.dashboard.reporting.SubmissionChecker.CheckedValue;
import vn.dti.dashboard.shared.Messages;

/**
 * Writes checked reports: each becomes the next version of its unit's month, with its values and its
 * warnings, in one transaction for the whole file (a multi-unit workbook is
 * all or nothing). Set-based: a workbook of 1,000 communes costs a handful of statements, not thousands
 * (one version query per 500 units, then one JDBC batch per table). Publishes one {@link SubmissionsAccepted}.
 */
@Component
class SubmissionStore {

    private static final int CHUNK = 500;
    private static final int BATCH = 1_000;
    private static final String INSERT_SUBMISSION = "insert into submission (unit_id, unit_code, period, version, "
            + "submitted_by, submitted_at, channel, file_name, sha256, stored_file, sheet_name, values_count, "
            + "warnings_count) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ApplicationEventPublisher events;
    private final Messages messages;

    SubmissionStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, ApplicationEventPublisher events,
            Messages messages) {
        this.jdbc = jdbc;
        this.named = named;
        this.events = events;
        this.messages = messages;
    }

    /** One stored report: its submission id and version, and the report with the warnings stored with it. */
    record Stored(long id, int version, CheckedReport report) {
    }

    /** One value to write, with the submission it belongs to. */
    private record Row(Stored stored, CheckedValue value) {
    }

    @Transactional
    List<Stored> store(List<CheckedReport> reports, Submitter submitter, @Nullable StoredUpload file) {
        if (reports.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> last = lastVersions(reports);
        int[] versions = reports.stream().mapToInt(r -> last.getOrDefault(key(r.unit().id(),
                r.period().toString()), 0) + 1).toArray();
        long[] ids = insertSubmissions(reports, versions, submitter, file);
        List<Stored> stored = new ArrayList<>();
        List<Row> all = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            Stored s = new Stored(ids[i], versions[i], reports.get(i));
            stored.add(s);
            s.report().values().forEach(value -> all.add(new Row(s, value)));
        }
        jdbc.batchUpdate("insert into report_value (submission_id, indicator_code, amount, sheet_name, cell_ref) "
                + "values (?, ?, ?, ?, ?)", all, BATCH, (ps, row) -> {
                    ps.setLong(1, row.stored().id());
                    ps.setString(2, row.value().indicator().code());
                    ps.setBigDecimal(3, row.value().number());
                    ps.setString(4, row.value().sheet());
                    ps.setString(5, row.value().cell());
                });
        List<Map.Entry<Long, ReportIssue>> warnings = new ArrayList<>();
        stored.forEach(s -> s.report().warnings().forEach(w -> warnings.add(Map.entry(s.id(), w))));
        jdbc.batchUpdate("insert into submission_warning (submission_id, sheet_name, cell_ref, indicator_code, "
                + "message_key, message_vi, message_en) values (?, ?, ?, ?, ?, ?, ?)", warnings, BATCH,
                (ps, entry) -> {
                    ReportIssue warning = entry.getValue();
                    ps.setLong(1, entry.getKey());
                    ps.setString(2, warning.sheet());
                    ps.setString(3, warning.cell());
                    ps.setString(4, warning.indicator());
                    ps.setString(5, warning.messageKey());
                    ps.setString(6, truncate(warning.render(messages, Messages.VIETNAMESE).message()));
                    ps.setString(7, truncate(warning.render(messages, Messages.ENGLISH).message()));
                });
        events.publishEvent(new SubmissionsAccepted(stored.stream().map(s -> new SubmissionAccepted(s.id(),
                s.report().unit().id(), s.report().unit().code(), s.report().period().toString(), s.version(),
                s.report().values().stream().map(v -> v.indicator().code()).sorted().toList())).toList(),
                new SubmissionsAccepted.Provenance(submitter.username(), submitter.channel(),
                        file == null ? null : file.fileName(), file == null ? null : file.sha256())));
        return stored;
    }

    /** The newest stored version per unit and month of these reports, keyed by {@link #key}. */
    private Map<String, Integer> lastVersions(List<CheckedReport> reports) {
        List<Long> units = reports.stream().map(r -> r.unit().id()).distinct().toList();
        List<String> periods = reports.stream().map(r -> r.period().toString()).distinct().toList();
        Map<String, Integer> last = new HashMap<>();
        for (int from = 0; from < units.size(); from += CHUNK) {
            named.query("select unit_id, period, max(version) from submission where unit_id in ("
                    + SubmissionHistory.idList(units.subList(from, Math.min(units.size(), from + CHUNK)))
                    + ") and period in (:periods) group by unit_id, period",
                    new MapSqlParameterSource("periods", periods), rs -> {
                        last.put(key(rs.getLong(1), rs.getString(2)), rs.getInt(3));
                    });
        }
        return last;
    }

    private static String key(long unitId, String period) {
        return unitId + "/" + period;
    }

    /** One batch with generated keys: identity ids without a round trip per report. */
    private long[] insertSubmissions(List<CheckedReport> reports, int[] versions, Submitter submitter,
            @Nullable StoredUpload file) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        // timestamp with time zone: an OffsetDateTime keeps the instant on every driver, whatever the JVM's zone.
        OffsetDateTime at = submitter.at().atOffset(ZoneOffset.UTC);
        jdbc.batchUpdate(con -> con.prepareStatement(INSERT_SUBMISSION, new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        CheckedReport report = reports.get(i);
                        ps.setLong(1, report.unit().id());
                        ps.setString(2, report.unit().code());
                        ps.setString(3, report.period().toString());
                        ps.setInt(4, versions[i]);
                        ps.setString(5, submitter.username());
                        ps.setObject(6, at);
                        ps.setString(7, submitter.channel().name());
                        setNullable(ps, 8, file == null ? null : file.fileName());
                        setNullable(ps, 9, file == null ? null : file.sha256());
                        setNullable(ps, 10, file == null ? null : file.storedPath());
                        setNullable(ps, 11, report.sheet());
                        ps.setInt(12, report.values().size());
                        ps.setInt(13, report.warnings().size());
                    }

                    @Override
                    public int getBatchSize() {
                        return reports.size();
                    }
                }, keys);
        List<Map<String, Object>> generated = keys.getKeyList();
        if (generated.size() != reports.size()) {
            throw new IllegalStateException("Expected %d submission ids, the database gave %d"
                    .formatted(reports.size(), generated.size()));
        }
        long[] ids = new long[reports.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = generated.get(i).entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("id"))
                    .map(e -> ((Number) e.getValue()).longValue()).findFirst().orElseThrow();
        }
        return ids;
    }

    private static void setNullable(PreparedStatement ps, int index, @Nullable String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
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
