package vn.dti.dashboard.reporting;

import org.jspecify.annotations.Nullable;

/**
 * A report file as it arrives, from the browser or the API.
 *
 * @param unitCode the form field {@code unit}: used when the workbook's header does not name the unit
 * @param period   the form field {@code period} ({@code YYYY-MM}): used when the header does not name it
 */
public record ReportUpload(String fileName, byte[] content, @Nullable String unitCode, @Nullable String period) {

    /** The largest report file accepted (the contract's 413 above it). */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
}
