package vn.dti.dashboard.security;

import java.time.Instant;

/** Published when failed sign-ins locked an account, for the audit trail. */
public record AccountLocked(String username, Instant lockedUntil, int failedLogins) {
}
