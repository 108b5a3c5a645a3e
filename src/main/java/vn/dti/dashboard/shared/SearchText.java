package vn.dti.dashboard.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for matching: no diacritics, đ as d, lower case, single spaces. Users type
 * "vinh tuong" for "Vĩnh Tường", and spreadsheets spell names with or without marks.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    }

    /** Whether the folded text contains the folded query (an empty query matches everything). */
    public static boolean matches(String text, String query) {
        return fold(text).contains(fold(query));
    }
}
