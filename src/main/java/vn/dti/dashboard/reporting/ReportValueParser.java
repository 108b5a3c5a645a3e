package vn.dti.dashboard.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dti.dashboard.shared.SearchText;
import vn.dti.dashboard.shared.Amounts;

/**
 * Turns the text of one value cell of a monthly report into a number, "not reported", or a precise
 * problem. Officials type these cells by hand, so the same figure arrives as {@code 881.286},
 * {@code 1.240 tổ}, {@code trên 10.000}, {@code 800 nghìn} or {@code 10,38%}; the rules below follow
 * {@code report_template_notes.md} section 4 and never guess where a misreading would change a figure
 * a thousandfold.
 *
 * <h2>Notation</h2>
 * <ul>
 * <li>Text cells use Vietnamese notation: {@code .} groups thousands, {@code ,} is the decimal mark
 * ({@code 1.234,5} = 1234.5). One dot followed by exactly three digits is thousands ({@code 1.500} =
 * 1500).</li>
 * <li>A lone English-style decimal in a text cell ({@code 1.5}, {@code 12.75}, {@code 0.1038}) is
 * {@link #AMBIGUOUS_DECIMAL}, and so is one comma followed by exactly three digits ({@code 1,240}):
 * read the Vietnamese way it would be 1.24, but an English typist means 1240. Either silent reading
 * could be wrong by a factor of a thousand, so the official is asked.</li>
 * <li>Numeric cells ({@code numericCell}) arrive as the spreadsheet reader formats them with the root
 * locale: {@code .} is the decimal point and {@code ,} may group thousands ({@code 881,286} from a
 * {@code #,##0} format), percent-formatted cells carry their {@code %} sign ({@code 10.38%}).</li>
 * </ul>
 *
 * <h2>Not reported, zero</h2>
 * An empty cell, {@code -}, {@code –}, {@code —}, {@code x} and the words "chưa thống kê", "chưa có số
 * liệu", "chưa báo cáo", "không có số liệu" are {@link Blank}: not reported, never 0, so a unit that
 * did not count does not pull a total or a ratio down. "Không phát sinh" ("nothing happened") is
 * different: the unit did count and found nothing, which for the flows reported monthly (applications,
 * transactions) is a real 0. It becomes {@code 0} with the warning {@link #ZERO_BY_WORDS}, so that the
 * reading stays visible to whoever checks the upload.
 *
 * <h2>Words around the number</h2>
 * <ul>
 * <li>A unit or words after the number ({@code 1.240 tổ}, {@code 35 phút/ngày}) are dropped with the
 * warning {@link #TEXT_DROPPED}. Text that starts with a digit is not dropped but refused, because
 * {@code 1 240} is more likely a number grouped with spaces than 1 followed by a remark.</li>
 * <li>A qualitative prefix ({@code trên}, {@code hơn}, {@code khoảng}, {@code gần}, {@code xấp xỉ},
 * {@code dưới}, {@code >}, {@code ≥}, {@code <}, {@code ≤}, {@code ~}) keeps the number as written with
 * the warning {@link #APPROXIMATE}: the written figure is the best figure there is.</li>
 * <li>Scale words multiply: {@code nghìn}/{@code ngàn} by a thousand, {@code triệu} by a million,
 * {@code tỷ}/{@code tỉ} by a billion; they are exact, so they add no warning.</li>
 * <li>Words match ignoring case and diacritics ({@code TRÊN}, {@code tren}).</li>
 * </ul>
 *
 * <h2>Kinds</h2>
 * {@link Kind#COUNT} must be a whole number, {@link Kind#PERCENT} lies in 0..100 (a plain {@code 46} in a
 * percentage indicator means 46 %), {@link Kind#NUMBER} is any decimal; none may be negative. A
 * {@code %} sign is only accepted on a percentage. A percentage typed without {@code %} between 0
 * (exclusive) and 1 (inclusive) is kept as a percentage but warned about ({@link #PERCENT_MAYBE_FRACTION}):
 * {@code 0.1038} is more often an unformatted fraction (10.38 %) than 0.1038 %. A fraction such as
 * {@code 136/136} is refused ({@link #FRACTION}): numerator and denominator are indicators of their
 * own, and the ratio is computed from them when values roll up.
 *
 * <h2>Numbers</h2>
 * Values are {@link BigDecimal} without trailing zeros and never in exponent notation ({@code 10,380}
 * gives {@code 10.38}, {@code 1.500} gives {@code 1500} with scale 0), so equal figures are
 * {@code equals} whatever way they were typed.
 */
public final class ReportValueParser {

    /** What an indicator measures, which decides the allowed range and whether a {@code %} belongs. */
    public enum Kind {
        /** A whole number, at least 0 (units, accounts, applications). */
        COUNT,
        /** A percentage, 0 to 100. */
        PERCENT,
        /** Any number, at least 0 (an index, an average). */
        NUMBER
    }

    /** What one cell says. */
    public sealed interface Result permits Value, Blank, Problem {
    }

    /** A value, with warnings about how it was read (the upload is accepted, the warnings shown). */
    public record Value(BigDecimal number, List<Message> warnings) implements Result {
        public Value {
            warnings = List.copyOf(warnings);
        }

        public List<String> warningKeys() {
            return warnings.stream().map(Message::key).toList();
        }
    }

    /** Not reported. Never the same as 0. */
    public record Blank() implements Result {
    }

    /** A cell that cannot be read: the upload is refused with this message for the cell. */
    public record Problem(String messageKey, List<Object> args) implements Result {
        public Problem {
            args = List.copyOf(args);
        }
    }

    /** A translatable text: a key of the {@code reporting} bundle and its MessageFormat arguments. */
    public record Message(String key, List<Object> args) {
        public Message {
            args = List.copyOf(args);
        }
    }

    public static final String NOT_A_NUMBER = "reporting.value.not-a-number";
    public static final String AMBIGUOUS_DECIMAL = "reporting.value.ambiguous-decimal";
    public static final String NEGATIVE = "reporting.value.negative";
    public static final String NOT_WHOLE = "reporting.value.not-whole";
    public static final String PERCENT_ABOVE_100 = "reporting.value.percent-above-100";
    public static final String PERCENT_SIGN_UNEXPECTED = "reporting.value.percent-sign-unexpected";
    public static final String FRACTION = "reporting.value.fraction";
    public static final String TEXT_DROPPED = "reporting.value.text-dropped";
    public static final String APPROXIMATE = "reporting.value.approximate";
    public static final String ZERO_BY_WORDS = "reporting.value.zero-by-words";
    public static final String PERCENT_MAYBE_FRACTION = "reporting.value.percent-maybe-fraction";

    /** Every key this class can produce, for the check that both languages have them. */
    public static final Set<String> MESSAGE_KEYS = Set.of(NOT_A_NUMBER, AMBIGUOUS_DECIMAL, NEGATIVE, NOT_WHOLE,
            PERCENT_ABOVE_100, PERCENT_SIGN_UNEXPECTED, FRACTION, TEXT_DROPPED, APPROXIMATE, ZERO_BY_WORDS,
            PERCENT_MAYBE_FRACTION);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final Set<String> BLANK_MARKS = Set.of("-", "–", "—", "x");
    private static final Set<String> BLANK_WORDS = Set.of("chua thong ke", "chua co so lieu", "chua bao cao",
            "khong co so lieu");
    private static final String ZERO_WORDS = "khong phat sinh";
    private static final Set<String> QUALIFIERS = Set.of("tren", "hon", "khoang", "gan", "xap xi", "duoi", ">",
            ">=", "≥", "<", "<=", "≤", "~", "≈");
    private static final Map<String, BigDecimal> SCALES = Map.of(
            "nghin", BigDecimal.TEN.pow(3), "ngan", BigDecimal.TEN.pow(3),
            "trieu", BigDecimal.TEN.pow(6),
            "ty", BigDecimal.TEN.pow(9), "ti", BigDecimal.TEN.pow(9));

    /** Whatever precedes the first digit (a qualifier), then the number and what follows it. */
    private static final Pattern LEADING = Pattern.compile("(.*?)([-+−]?\\s*\\d.*)", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile(
            "([-+−]?)\\s*(\\d[\\d.,]*)(?:[eE]([-+]?\\d+))?(\\s*%)?(.*)", Pattern.DOTALL);
    private static final Pattern FRACTION_TEXT = Pattern.compile("(\\d[\\d.,]*)\\s*/\\s*(\\d[\\d.,]*)");

    // Vietnamese text: digits, optionally grouped by dots in threes, optionally a decimal comma.
    private static final Pattern VIETNAMESE = Pattern.compile("(?:\\d+|[1-9]\\d{0,2}(?:\\.\\d{3})+)(?:,\\d+)?");
    private static final Pattern ENGLISH_DECIMAL = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern ENGLISH_THOUSANDS = Pattern.compile("[1-9]\\d{0,2},\\d{3}");
    // Numeric cells as the reader formats them (root locale): comma grouping, decimal point.
    private static final Pattern MACHINE = Pattern.compile("(?:\\d+|\\d{1,3}(?:,\\d{3})+)(?:\\.\\d+)?");

    private ReportValueParser() {
    }

    /**
     * Reads one cell.
     *
     * @param text the cell's text as the spreadsheet reader gives it
     * @param kind what the indicator measures
     * @param numericCell whether the cell was a numeric cell (machine notation) rather than typed text
     */
    public static Result parse(String text, Kind kind, boolean numericCell) {
        // Non-breaking spaces come with text pasted from Word or the web; they are spaces to the reader.
        String cell = text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ').strip();
        String folded = SearchText.fold(cell);
        if (cell.isEmpty() || BLANK_MARKS.contains(folded) || BLANK_WORDS.contains(folded)) {
            return new Blank();
        }
        if (folded.equals(ZERO_WORDS)) {
            return new Value(BigDecimal.ZERO, List.of(new Message(ZERO_BY_WORDS, List.of(cell))));
        }
        Matcher fraction = FRACTION_TEXT.matcher(cell);
        if (fraction.matches()) {
            return fractionProblem(cell, fraction.group(1), fraction.group(2), numericCell);
        }

        List<Message> warnings = new ArrayList<>();
        Matcher leading = LEADING.matcher(cell);
        if (!leading.matches()) {
            return notANumber(cell);
        }
        String qualifier = leading.group(1).strip();
        if (!qualifier.isEmpty()) {
            if (!QUALIFIERS.contains(SearchText.fold(qualifier))) {
                return notANumber(cell);
            }
            warnings.add(new Message(APPROXIMATE, List.of(qualifier)));
        }

        Matcher number = NUMBER.matcher(leading.group(2));
        if (!number.matches()) {
            return notANumber(cell);
        }
        boolean negative = !number.group(1).isEmpty() && !number.group(1).equals("+");
        String digits = number.group(2);
        String exponent = number.group(3);
        boolean percentSign = number.group(4) != null;
        String rest = number.group(5);
        // "12a34" or "10%abc": the number must end at a space or at the end of the cell.
        if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) {
            return notANumber(cell);
        }
        rest = rest.strip();
        if (!rest.isEmpty() && Character.isDigit(rest.charAt(0))) {
            return notANumber(cell);
        }
        if (exponent != null && !numericCell) {
            return notANumber(cell);
        }

        Result read = readDigits(cell, digits, numericCell);
        if (!(read instanceof Value readValue)) {
            return read;
        }
        BigDecimal magnitude = readValue.number();
        if (exponent != null) {
            magnitude = magnitude.scaleByPowerOfTen(Integer.parseInt(exponent));
        }

        if (!rest.isEmpty() && !percentSign) {
            String[] words = rest.split("\\s+", 2);
            BigDecimal scale = SCALES.get(SearchText.fold(words[0]));
            if (scale != null) {
                magnitude = magnitude.multiply(scale);
                rest = words.length > 1 ? words[1] : "";
            }
        }
        if (!rest.isEmpty()) {
            warnings.add(new Message(TEXT_DROPPED, List.of(rest)));
        }

        BigDecimal value = Amounts.plain(negative ? magnitude.negate() : magnitude);
        if (percentSign && kind != Kind.PERCENT) {
            return new Problem(PERCENT_SIGN_UNEXPECTED, List.of(cell));
        }
        if (value.signum() < 0) {
            return new Problem(NEGATIVE, List.of(value));
        }
        return switch (kind) {
            case COUNT -> value.scale() > 0 ? new Problem(NOT_WHOLE, List.of(value)) : new Value(value, warnings);
            case NUMBER -> new Value(value, warnings);
            case PERCENT -> {
                if (value.compareTo(HUNDRED) > 0) {
                    yield new Problem(PERCENT_ABOVE_100, List.of(value));
                }
                if (!percentSign && value.signum() > 0 && value.compareTo(BigDecimal.ONE) <= 0) {
                    warnings.add(new Message(PERCENT_MAYBE_FRACTION,
                            List.of(value, Amounts.plain(value.multiply(HUNDRED)))));
                }
                yield new Value(value, warnings);
            }
        };
    }

    /** The digits of one number in the notation of its cell, as a {@link Value} or a {@link Problem}. */
    private static Result readDigits(String cell, String digits, boolean numericCell) {
        if (numericCell) {
            return MACHINE.matcher(digits).matches()
                    ? new Value(new BigDecimal(digits.replace(",", "")), List.of())
                    : notANumber(cell);
        }
        // The English-style thousands check comes first: "1,240" also fits the Vietnamese pattern.
        if (ENGLISH_THOUSANDS.matcher(digits).matches()) {
            return new Problem(AMBIGUOUS_DECIMAL, List.of(cell));
        }
        if (VIETNAMESE.matcher(digits).matches()) {
            return new Value(new BigDecimal(digits.replace(".", "").replace(',', '.')), List.of());
        }
        if (ENGLISH_DECIMAL.matcher(digits).matches()) {
            return new Problem(AMBIGUOUS_DECIMAL, List.of(cell));
        }
        return notANumber(cell);
    }

    private static Result fractionProblem(String cell, String numerator, String denominator, boolean numericCell) {
        Result top = readDigits(cell, numerator, numericCell);
        Result bottom = readDigits(cell, denominator, numericCell);
        if (top instanceof Value numeratorValue && bottom instanceof Value denominatorValue) {
            return new Problem(FRACTION, List.of(Amounts.plain(numeratorValue.number()),
                    Amounts.plain(denominatorValue.number())));
        }
        return top instanceof Problem ? top : bottom;
    }

    private static Problem notANumber(String cell) {
        return new Problem(NOT_A_NUMBER, List.of(cell));
    }
}
