package vn.dti.dashboard.dashboard;

import java.util.Locale;

/**
 * Files for the dashboards' download buttons (an indicator's breakdown, the monthly brief), provided by the
 * exports feature, which depends on this one, not the other way round.
 */
public interface DashboardFiles {

    /** A file to send. */
    record DashboardFile(String fileName, String contentType, byte[] content) {
    }

    /**
     * @param format {@code xlsx} or {@code csv}
     */
    DashboardFile file(String indicatorCode, String unitCode, String period, String format, Locale locale);

    /** The monthly steering brief of the unit for the month ({@code YYYY-MM}). */
    DashboardFile brief(String unitCode, String month, Locale locale);
}
