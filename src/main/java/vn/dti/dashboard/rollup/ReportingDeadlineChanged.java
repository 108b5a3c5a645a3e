package vn.dti.dashboard.rollup;

import org.jspecify.annotations.Nullable;

/**
 * A province's reporting deadline changed; published inside the transaction (the audit records it with the
 * change), and after the commit the rollups recount which reports were on time.
 *
 * @param previousDay null when the configured default applied
 */
public record ReportingDeadlineChanged(String username, String provinceCode, @Nullable Integer previousDay, int day,
        String reason) {
}
