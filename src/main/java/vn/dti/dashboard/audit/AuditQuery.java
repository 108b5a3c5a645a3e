package vn.dti.dashboard.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the audit view and API; null means "any".
 *
 * @param username part of the username, any case
 * @param action   the exact action name
 * @param from     first day (in Vietnam's time zone), inclusive
 * @param to       last day, inclusive
 */
public record AuditQuery(@Nullable String username, @Nullable String action, @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null);
}
