package vn.dti.dashboard.reporting;

/**
 * Published inside the transaction that locked or unlocked a month, so the audit entry is stored with the
 * change or not at all.
 *
 * @param period {@code YYYY-MM}
 * @param reason why, as the administrator gave it
 */
public record PeriodLockChanged(String period, boolean locked, String username, String reason) {
}
