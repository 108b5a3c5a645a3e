package vn.dti.dashboard.rollup;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.dti.dashboard.hierarchy.HierarchyService;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.shared.api.ApiException;

/**
 * The day of the following month by which a province's monthly reports are due: an administrator's choice
 * per province, else the configured one ({@link RollupProperties}). Read for every rollup, so the stored
 * choices are kept in memory and reloaded after each change.
 */
@Service
public class ReportingDeadlines {

    /** A province's deadline as the administration view lists it. */
    public record Deadline(String provinceCode, String provinceName, int day, boolean setByAdministrator,
            @Nullable String reason, @Nullable String setBy) {
    }

    private final JdbcTemplate jdbc;
    private final RollupProperties properties;
    private final HierarchyService hierarchy;
    private final ApplicationEventPublisher events;
    private final SecurityContextHolderStrategy security;
    private final Messages messages;
    private final Clock clock;
    private volatile @Nullable Map<String, Integer> stored;

    ReportingDeadlines(JdbcTemplate jdbc, RollupProperties properties, HierarchyService hierarchy,
            ApplicationEventPublisher events, SecurityContextHolderStrategy security, Messages messages, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.hierarchy = hierarchy;
        this.events = events;
        this.security = security;
        this.messages = messages;
        this.clock = clock;
    }

    /** The day for the province: the administrator's, else the configured one for it, else the default. */
    public int day(String provinceCode) {
        Map<String, Integer> days = stored;
        if (days == null) {
            days = new HashMap<>();
            Map<String, Integer> loaded = days;
            jdbc.query("select province_code, deadline_day from reporting_deadline",
                    rs -> {
                        loaded.put(rs.getString(1), rs.getInt(2));
                    });
            stored = days;
        }
        Integer day = days.get(provinceCode);
        return day != null ? day : properties.provinceDeadlineDays().getOrDefault(provinceCode, properties.deadlineDay());
    }

    /** A report of the month that first arrived before this instant is on time. */
    Instant deadline(YearMonth month, String provinceCode) {
        return RollupProperties.deadline(month, day(provinceCode));
    }

    /** Every province in force today, and any other with a stored deadline. */
    public List<Deadline> list() {
        Map<String, Map<String, Object>> rows = new HashMap<>();
        jdbc.queryForList("select province_code, deadline_day, reason, set_by from reporting_deadline")
                .forEach(r -> rows.put((String) r.get("PROVINCE_CODE"), r));
        List<Deadline> result = new java.util.ArrayList<>();
        java.util.Set<String> listed = new java.util.HashSet<>();
        hierarchy.unitsInForce(LocalDate.now(clock)).stream().filter(u -> u.parentId() == null).forEach(p -> {
            listed.add(p.code());
            result.add(of(p.code(), p.name(), rows.get(p.code())));
        });
        rows.keySet().stream().filter(code -> !listed.contains(code)).sorted().forEach(code -> result.add(of(code,
                hierarchy.versionsOf(code).stream().reduce((a, b) -> b).map(u -> u.name()).orElse(code),
                rows.get(code))));
        return result;
    }

    private Deadline of(String code, String name, @Nullable Map<String, Object> row) {
        return row == null ? new Deadline(code, name, day(code), false, null, null)
                : new Deadline(code, name, ((Number) row.get("DEADLINE_DAY")).intValue(), true,
                        (String) row.get("REASON"), (String) row.get("SET_BY"));
    }

    /**
     * Sets the province's deadline; the rollups then recount which reports were on time (after the commit).
     *
     * @throws ApiException 400 for a day outside 1–28, an unknown province or a missing reason
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public void set(String provinceCode, int day, String reason) {
        String code = provinceCode.strip();
        if (day < 1 || day > 28) {
            throw ApiException.badRequest(messages.get(Messages.VIETNAMESE, "rollup.deadline.day", day));
        }
        if (reason == null || reason.isBlank()) {
            throw ApiException.badRequest(messages.get(Messages.VIETNAMESE, "rollup.deadline.reason"));
        }
        if (hierarchy.versionsOf(code).stream().noneMatch(u -> u.parentId() == null)) {
            throw ApiException.badRequest(messages.get(Messages.VIETNAMESE, "rollup.deadline.province", code));
        }
        Integer previous = jdbc.queryForList("select deadline_day from reporting_deadline where province_code = ?",
                Integer.class, code).stream().findFirst().orElse(null);
        String user = security.getContext().getAuthentication() == null ? "?"
                : security.getContext().getAuthentication().getName();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (previous == null) {
            jdbc.update("insert into reporting_deadline (province_code, deadline_day, reason, set_by, set_at) "
                    + "values (?, ?, ?, ?, ?)", code, day, reason.strip(), user, now);
        } else {
            jdbc.update("update reporting_deadline set deadline_day = ?, reason = ?, set_by = ?, set_at = ? "
                    + "where province_code = ?", day, reason.strip(), user, now, code);
        }
        events.publishEvent(new ReportingDeadlineChanged(user, code, previous, day, reason.strip()));
    }

    /** After the commit (or a rollback) the next read loads the stored days again. */
    @TransactionalEventListener(phase = org.springframework.transaction.event.TransactionPhase.AFTER_COMPLETION)
    void forget(ReportingDeadlineChanged event) {
        stored = null;
    }
}
