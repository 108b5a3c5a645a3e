package vn.dti.dashboard.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dti.dashboard.shared.ClockConfiguration;

/**
 * The {@code audit_entry} table, with plain JDBC: inserts and queries only. Deliberately no entity (nothing
 * for an ORM to flush back) and no update or delete statement: the trail is append-only, and a test checks
 * that this class and {@link AuditLog} offer nothing else.
 */
@Repository
class AuditRepository {

    private static final String COLUMNS = "id, occurred_at, username, action, object_type, object_id, detail, result";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    AuditRepository(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** A record to insert (id and nothing else is generated). */
    record NewEntry(Instant occurredAt, String username, String action, @Nullable String objectType,
            @Nullable String objectId, @Nullable String detail, AuditResult result) {
    }

    void insert(List<NewEntry> entries) {
        jdbc.batchUpdate("insert into audit_entry (occurred_at, username, action, object_type, object_id, detail, "
                + "result) values (?, ?, ?, ?, ?, ?, ?)", entries, 500, (ps, entry) -> {
                    // timestamp with time zone: an OffsetDateTime keeps the instant on every driver.
                    ps.setObject(1, entry.occurredAt().atOffset(ZoneOffset.UTC));
                    ps.setString(2, entry.username());
                    ps.setString(3, entry.action());
                    ps.setString(4, entry.objectType());
                    ps.setString(5, entry.objectId());
                    ps.setString(6, entry.detail());
                    ps.setString(7, entry.result().name());
                });
    }

    List<AuditEntry> find(AuditQuery query, long offset, int limit) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(query, parameters);
        parameters.addValue("limit", limit).addValue("offset", offset);
        return named.query("select " + COLUMNS + " from audit_entry" + where
                + " order by occurred_at desc, id desc limit :limit offset :offset", parameters, AuditRepository::entry);
    }

    long count(AuditQuery query) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        Long count = named.queryForObject("select count(*) from audit_entry" + where(query, parameters), parameters,
                Long.class);
        return count == null ? 0 : count;
    }

    List<String> actions() {
        return jdbc.queryForList("select distinct action from audit_entry order by action", String.class);
    }

    private static String where(AuditQuery query, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>();
        if (query.username() != null && !query.username().isBlank()) {
            conditions.add("lower(username) like :username escape '\\'");
            parameters.addValue("username", "%" + escapeLike(query.username().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.action() != null && !query.action().isBlank()) {
            conditions.add("action = :action");
            parameters.addValue("action", query.action().strip());
        }
        if (query.from() != null) {
            conditions.add("occurred_at >= :from");
            parameters.addValue("from", startOf(query.from()));
        }
        if (query.to() != null) {
            conditions.add("occurred_at < :to");
            parameters.addValue("to", startOf(query.to().plusDays(1)));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Days are Vietnam's days, whatever the server's zone. */
    private static OffsetDateTime startOf(java.time.LocalDate day) {
        return day.atStartOfDay(ClockConfiguration.VIETNAM).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("username"), rs.getString("action"),
                rs.getString("object_type"), rs.getString("object_id"), rs.getString("detail"),
                AuditResult.valueOf(rs.getString("result")));
    }
}
