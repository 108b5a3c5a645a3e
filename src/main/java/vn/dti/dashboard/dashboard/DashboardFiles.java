package vn.dti.dashboard.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Files for the dashboards' download buttons (an indicator's breakdown, any table as shown, the monthly brief),
 * provided by the exports feature, which depends on this one, not the other way round.
 */
public interface DashboardFiles {

    /** What writes a file's bytes; called when the download is sent, so a large file streams. */
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A file to send. */
    record DashboardFile(String fileName, String contentType, Body body) {

        /** The whole file in memory (tests, small files). */
        public byte[] content() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                body.writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }

    /**
     * How a column's cells are written: text, or numbers with a number format (whole numbers, two decimals, or
     * either by the value, for a column that mixes counts and ratios).
     */
    enum Kind {
        TEXT, COUNT, DECIMAL, NUMBER
    }

    /**
     * A column: its heading as on screen, the field name a machine-readable CSV uses instead, the kind of its
     * cells and a width in characters.
     */
    record Column(String heading, String field, Kind kind, int width) {
    }

    /** A line of the file's "Thông tin" sheet: a filter, the period, the source… */
    record Fact(String label, String value) {
    }

    /**
     * A table as the screen shows it: its rows in the order shown (filters and sort applied), each a list of
     * cells matching the columns ({@code String} for text, a {@code Number} for numbers, null for empty).
     *
     * @param name      the file name without extension
     * @param title     what the table is, for the metadata sheet
     * @param facts     the filters and the selection the rows come from
     * @param freshness when the newest report behind the figures arrived, if known
     */
    record Table(String name, String title, List<Column> columns, Iterable<? extends List<?>> rows, List<Fact> facts,
            @Nullable Instant freshness) {
    }

    /**
     * @param format {@code xlsx} or {@code csv}
     */
    DashboardFile file(String indicatorCode, String unitCode, String period, String format, Locale locale);

    /** A table as shown on screen, as XLSX (numeric cells, frozen header, metadata sheet) or CSV (UTF-8, BOM). */
    DashboardFile table(Table table, String format, Locale locale);

    /** The monthly steering brief of the unit for the month ({@code YYYY-MM}). */
    DashboardFile brief(String unitCode, String month, Locale locale);
}
