package vn.dti.dashboard.reporting;

import org.jspecify.annotations.Nullable;

/**
 * A {@link ReportIssue} in words, as the API contract's {@code details[{sheet, cell, indicator, message}]}
 * and the upload view show it.
 */
public record ReportProblem(String sheet, @Nullable String cell, @Nullable String indicator, String message) {
}
