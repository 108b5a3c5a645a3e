package vn.dti.dashboard.dashboard;

import java.util.Locale;

/**
 * Files of an indicator's breakdown for the detail view's download buttons, provided by the exports feature
 * (which depends on this one, not the other way round).
 */
public interface BreakdownFiles {

    /** A file to send. */
    record BreakdownFile(String fileName, String contentType, byte[] content) {
    }

    /**
     * @param format {@code xlsx} or {@code csv}
     */
    BreakdownFile file(String indicatorCode, String unitCode, String period, String format, Locale locale);
}
