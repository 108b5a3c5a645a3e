package vn.dti.dashboard.export;

import org.jspecify.annotations.Nullable;

/**
 * Text that a spreadsheet program could take for a formula (CSV/formula injection): anything starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return. Names come from uploads, so a unit
 * or user called "=HYPERLINK(…)" must reach the analyst as text.
 */
public final class SafeText {

    private SafeText() {
    }

    public static boolean looksLikeFormula(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** For CSV: a leading apostrophe, which spreadsheet programs show as text and do not evaluate. */
    public static String forCsv(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
