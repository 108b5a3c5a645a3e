package vn.dti.dashboard.indicators;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an indicator's name written in a report is compared with the catalogue's names and aliases. Officials
 * copy names from last year's report, number them, add notes in brackets and type with or without
 * diacritics, so two names are the same indicator when their {@link #key keys} are equal.
 */
public final class IndicatorNames {

    /** Anything in round or square brackets: units, examples, notes ("(VNeID)", "(ấp, khu phố)"). */
    private static final Pattern BRACKETS = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*]");
    /**
     * Leading numbering: roman section numbers ("II.", "IV "), "1.", "1.1", "2)", "a)", "b.", and bullets
     * ("-", "+", "•"). Roman numerals only in capitals, so a name that begins with "Di" keeps its first word.
     */
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:[IVX]{1,4}[.)]?\\s+|[IVXLCDM]{1,6}[.)]\\s*|\\d+(?:\\.\\d+)*(?:[.)]\\s*|\\s+)|[a-zA-Z][.)]\\s+|[-+–—•*·]+\\s*)");
    private static final Pattern UNCLOSED_BRACKET = Pattern.compile("[(\\[][^)\\]]*$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** "Trong đó:", "trong số đó" before a breakdown row's own name (diacritics already gone). */
    private static final Pattern BREAKDOWN = Pattern.compile("^(?:trong so do|trong do)(?=[\\s:,.\\-–]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s:,.;\\-–—]+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern SO_LUONG = Pattern.compile("^so luong\\b");

    /**
     * Spelling variants of the same syllable (i/y after t, k, l, m, qu): "tỉ lệ" and "tỷ lệ", "kí" and "ký",
     * "xử lí" and "xử lý" are the same word.
     */
    private static final Map<String, String> SPELLING = Map.of("ti", "ty", "ki", "ky", "li", "ly", "mi", "my",
            "qui", "quy");

    /** The administrative abbreviations reports use instead of the catalogue's words. */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("tthc", "thu tuc hanh chinh"),
            Map.entry("dvctt", "dich vu cong truc tuyen"),
            Map.entry("dvcqg", "dich vu cong quoc gia"),
            Map.entry("dvc", "dich vu cong"),
            Map.entry("cnscd", "cong nghe so cong dong"),
            Map.entry("dddt", "dinh danh dien tu"),
            Map.entry("cks", "chu ky so"),
            Map.entry("cbccvc", "can bo cong chuc vien chuc"),
            Map.entry("cbcc", "can bo cong chuc"),
            Map.entry("cds", "chuyen doi so"),
            Map.entry("bcd", "ban chi dao"),
            Map.entry("httt", "he thong thong tin"),
            Map.entry("tmdt", "thuong mai dien tu"),
            Map.entry("tk", "tai khoan"),
            Map.entry("hs", "ho so"));

    private IndicatorNames() {
    }

    /**
     * The name without brackets, leading numbering, a leading "Trong đó:", case, diacritics, punctuation and
     * the i/y spelling variants; "Số lượng" reads as "Số". "1.1. Trong đó: Số Tổ CNSCĐ (tổ)" gives
     * {@code "so to cnscd"}. Abbreviations stay as written: see {@link #expandedKey}.
     */
    public static String key(String name) {
        String text = BRACKETS.matcher(name).replaceAll(" ");
        text = UNCLOSED_BRACKET.matcher(text).replaceAll(" ");
        // Without diacritics but with case: roman numerals are recognised by their capitals.
        text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D').strip();
        String previous;
        do {
            previous = text;
            text = NUMBERING.matcher(text).replaceFirst("");
            text = LEADING_PUNCTUATION.matcher(text).replaceFirst("");
            Matcher breakdown = BREAKDOWN.matcher(text);
            if (breakdown.find()) {
                String rest = LEADING_PUNCTUATION.matcher(text.substring(breakdown.end())).replaceFirst("");
                if (!rest.isEmpty()) { // a row that says only "Trong đó" keeps its words
                    text = rest;
                }
            }
        } while (!text.equals(previous));
        String words = NOT_ALPHANUMERIC.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        words = SO_LUONG.matcher(words).replaceFirst("so");
        StringBuilder key = new StringBuilder();
        for (String word : words.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(SPELLING.getOrDefault(word, word));
        }
        return key.toString();
    }

    /** The {@link #key} with the usual abbreviations written out ("tthc" as "thu tuc hanh chinh"). */
    public static String expandedKey(String name) {
        StringBuilder key = new StringBuilder();
        for (String word : key(name).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(ABBREVIATIONS.getOrDefault(word, word));
        }
        return key.toString();
    }
}
