package vn.dti.dashboard.shared.period;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A reporting period of the monthly DTI reports: a month, quarter, half-year, year or year to date
 * (January up to a month). Immutable; {@link #toString()} prints the API notation that
 * {@link #parse(String)} reads back.
 *
 * <p>Only years {@value #MIN_YEAR}..{@value #MAX_YEAR} exist: earlier or later years are typos in
 * practice, and rejecting them early keeps nonsense like {@code 0024-01} out of the database.
 *
 * <p>Ordering is by start date, then by length, so a month sorts before the quarter that begins
 * with it and both before the year. Periods of different types can cover the same months
 * ({@code 2024-Q1} and {@code 2024-03-YTD}); such ties are broken by {@link PeriodType} order so
 * that {@code compareTo} stays consistent with {@code equals}.
 */
public final class ReportingPeriod implements Comparable<ReportingPeriod> {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    // ASCII digits only (no \d with Unicode classes) and fixed widths, so "2024-1" or "02024" fail
    // instead of being silently normalised: the notation is a contract, not a guess.
    private static final Pattern NOTATION =
            Pattern.compile("([0-9]{4})(?:-([0-9]{2})(-YTD)?|-Q([0-9])|-H([0-9]))?");

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private static final Comparator<ReportingPeriod> ORDER = Comparator.comparing(ReportingPeriod::firstMonth)
            .thenComparingInt(ReportingPeriod::monthCount)
            .thenComparing(ReportingPeriod::type);

    private final PeriodType type;
    /** Month (1..12) for MONTH and YEAR_TO_DATE, quarter (1..4), half (1..2), always 1 for YEAR. */
    private final int index;

    private final YearMonth firstMonth;
    private final YearMonth lastMonth;

    private ReportingPeriod(PeriodType type, int year, int index) {
        this.type = type;
        this.index = index;
        this.firstMonth = YearMonth.of(year, switch (type) {
            case MONTH -> index;
            case QUARTER -> 3 * index - 2;
            case HALF_YEAR -> 6 * index - 5;
            case YEAR, YEAR_TO_DATE -> 1;
        });
        this.lastMonth = YearMonth.of(year, switch (type) {
            case MONTH, YEAR_TO_DATE -> index;
            case QUARTER -> 3 * index;
            case HALF_YEAR -> 6 * index;
            case YEAR -> 12;
        });
    }

    // ---------------------------------------------------------------- factories

    /** The month {@code year-month}, e.g. {@code month(2024, 3)} is {@code 2024-03}. */
    public static ReportingPeriod month(int year, int month) {
        return checked(PeriodType.MONTH, year, month, "month(" + year + ", " + month + ")");
    }

    /** Quarter {@code q} (1..4) of {@code year}. */
    public static ReportingPeriod quarter(int year, int quarter) {
        return checked(PeriodType.QUARTER, year, quarter, "quarter(" + year + ", " + quarter + ")");
    }

    /** Half {@code h} (1 = January–June, 2 = July–December) of {@code year}. */
    public static ReportingPeriod halfYear(int year, int half) {
        return checked(PeriodType.HALF_YEAR, year, half, "halfYear(" + year + ", " + half + ")");
    }

    /** The whole calendar year. */
    public static ReportingPeriod year(int year) {
        return checked(PeriodType.YEAR, year, 1, "year(" + year + ")");
    }

    /** January to {@code month} of {@code year}, both included. */
    public static ReportingPeriod yearToDate(int year, int month) {
        return checked(PeriodType.YEAR_TO_DATE, year, month, "yearToDate(" + year + ", " + month + ")");
    }

    /** The month period of a {@link YearMonth}. */
    public static ReportingPeriod ofMonth(YearMonth month) {
        return month(month.getYear(), month.getMonthValue());
    }

    /**
     * The period of the given type that contains {@code month}: the quarter containing 2024-05 is
     * 2024-Q2, the year to date containing it is 2024-05-YTD (the YTD that ends with it).
     */
    public static ReportingPeriod containing(PeriodType type, YearMonth month) {
        int year = month.getYear();
        int m = month.getMonthValue();
        return switch (type) {
            case MONTH -> month(year, m);
            case QUARTER -> quarter(year, (m - 1) / 3 + 1);
            case HALF_YEAR -> halfYear(year, (m - 1) / 6 + 1);
            case YEAR -> year(year);
            case YEAR_TO_DATE -> yearToDate(year, m);
        };
    }

    private static ReportingPeriod checked(PeriodType type, int year, int index, String arguments) {
        String problem = problem(type, year, index);
        if (problem != null) {
            throw InvalidPeriodException.forArguments(arguments, problem);
        }
        return new ReportingPeriod(type, year, index);
    }

    /** Shared by factories and {@link #parse} so both reject exactly the same values. */
    private static @Nullable String problem(PeriodType type, int year, int index) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return "year " + year + " is outside " + MIN_YEAR + ".." + MAX_YEAR;
        }
        return switch (type) {
            case MONTH, YEAR_TO_DATE -> index < 1 || index > 12 ? "month " + index + " is outside 1..12" : null;
            case QUARTER -> index < 1 || index > 4 ? "quarter " + index + " is outside 1..4" : null;
            case HALF_YEAR -> index < 1 || index > 2 ? "half " + index + " is outside 1..2" : null;
            case YEAR -> null;
        };
    }

    // ---------------------------------------------------------------- notation

    /**
     * Reads the API notation: {@code YYYY-MM}, {@code YYYY-Qn}, {@code YYYY-Hn}, {@code YYYY} or
     * {@code YYYY-MM-YTD}. Strict: no surrounding spaces, no lower-case letters, no missing zeros.
     *
     * @throws InvalidPeriodException naming the text, what is wrong and the accepted forms
     */
    public static ReportingPeriod parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw InvalidPeriodException.forText(text, "the text is empty");
        }
        Matcher m = NOTATION.matcher(text);
        if (!m.matches()) {
            throw InvalidPeriodException.forText(text, "the text matches none of the accepted forms");
        }
        int year = Integer.parseInt(m.group(1));
        PeriodType type;
        int index;
        if (m.group(2) != null) {
            type = m.group(3) != null ? PeriodType.YEAR_TO_DATE : PeriodType.MONTH;
            index = Integer.parseInt(m.group(2));
        } else if (m.group(4) != null) {
            type = PeriodType.QUARTER;
            index = Integer.parseInt(m.group(4));
        } else if (m.group(5) != null) {
            type = PeriodType.HALF_YEAR;
            index = Integer.parseInt(m.group(5));
        } else {
            type = PeriodType.YEAR;
            index = 1;
        }
        String problem = problem(type, year, index);
        if (problem != null) {
            throw InvalidPeriodException.forText(text, problem);
        }
        return new ReportingPeriod(type, year, index);
    }

    /** Like {@link #parse} but empty instead of an exception; {@code null} (an absent parameter) is empty too. */
    public static Optional<ReportingPeriod> tryParse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(text));
        } catch (InvalidPeriodException e) {
            return Optional.empty();
        }
    }

    /**
     * Same as {@link #parse}. Exists because frameworks (Spring's conversion service, Jackson)
     * recognise a static {@code valueOf(String)}, so request parameters need no dedicated converter.
     */
    public static ReportingPeriod valueOf(String text) {
        return parse(text);
    }

    /** The canonical API notation, e.g. {@code 2024-03}, {@code 2024-Q1}, {@code 2024-05-YTD}. */
    @Override
    public String toString() {
        int year = year();
        return switch (type) {
            case MONTH -> "%04d-%02d".formatted(year, index);
            case QUARTER -> "%04d-Q%d".formatted(year, index);
            case HALF_YEAR -> "%04d-H%d".formatted(year, index);
            case YEAR -> "%04d".formatted(year);
            case YEAR_TO_DATE -> "%04d-%02d-YTD".formatted(year, index);
        };
    }

    // ---------------------------------------------------------------- calendar

    public PeriodType type() {
        return type;
    }

    public int year() {
        return firstMonth.getYear();
    }

    public boolean isMonth() {
        return type == PeriodType.MONTH;
    }

    public YearMonth firstMonth() {
        return firstMonth;
    }

    public YearMonth lastMonth() {
        return lastMonth;
    }

    /** Number of months covered: 1, 3, 6, 12, or 1..12 for a year to date. */
    public int monthCount() {
        return lastMonth.getMonthValue() - firstMonth.getMonthValue() + 1;
    }

    /** The covered months, earliest first; unmodifiable. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>(monthCount());
        for (YearMonth m = firstMonth; !m.isAfter(lastMonth); m = m.plusMonths(1)) {
            months.add(m);
        }
        return Collections.unmodifiableList(months);
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(firstMonth) && !month.isAfter(lastMonth);
    }

    /** The first day of the first month. */
    public LocalDate startDate() {
        return firstMonth.atDay(1);
    }

    /** The last day of the last month (leap years included: 2024-02 ends on 2024-02-29). */
    public LocalDate endDate() {
        return lastMonth.atEndOfMonth();
    }

    // ---------------------------------------------------------------- navigation

    /**
     * The period of the same type just before this one: 2024-01 → 2023-12, 2024-Q1 → 2023-Q4,
     * 2024-H1 → 2023-H2, 2024 → 2023.
     *
     * <p>A year to date steps back by one month of its end: 2024-05-YTD → 2024-04-YTD, and
     * 2024-01-YTD → 2023-12-YTD (the full previous year to date). Stepping keeps the YTD series
     * continuous across New Year, which is what a "previous period" button or a YTD trend line
     * walks through; the comparison with a year ago is {@link #samePeriodLastYear()} instead.
     *
     * @throws InvalidPeriodException when the result would fall before {@value #MIN_YEAR}
     */
    public ReportingPeriod previous() {
        return step(-1);
    }

    /**
     * The period of the same type just after this one; mirror of {@link #previous()}
     * (2023-12-YTD → 2024-01-YTD).
     *
     * @throws InvalidPeriodException when the result would fall after {@value #MAX_YEAR}
     */
    public ReportingPeriod next() {
        return step(1);
    }

    private ReportingPeriod step(int direction) {
        String arguments = this + (direction < 0 ? ".previous()" : ".next()");
        return switch (type) {
            case MONTH, YEAR_TO_DATE -> {
                YearMonth end = lastMonth.plusMonths(direction);
                yield checked(type, end.getYear(), end.getMonthValue(), arguments);
            }
            case QUARTER -> wrap(index + direction, 4, arguments);
            case HALF_YEAR -> wrap(index + direction, 2, arguments);
            case YEAR -> checked(type, year() + direction, 1, arguments);
        };
    }

    /** Quarters and halves roll over into the neighbouring year past their last or first one. */
    private ReportingPeriod wrap(int index, int perYear, String arguments) {
        if (index < 1) {
            return checked(type, year() - 1, perYear, arguments);
        }
        if (index > perYear) {
            return checked(type, year() + 1, 1, arguments);
        }
        return checked(type, year(), index, arguments);
    }

    /** The same period one year earlier: 2024-03 → 2023-03, 2024-Q2 → 2023-Q2, 2024-05-YTD → 2023-05-YTD. */
    public ReportingPeriod samePeriodLastYear() {
        return checked(type, year() - 1, index, this + ".samePeriodLastYear()");
    }

    // ---------------------------------------------------------------- labels

    /**
     * Vietnamese label as used in provincial reports: "Tháng 3/2024", "Quý I/2024",
     * "6 tháng đầu năm 2024" / "6 tháng cuối năm 2024", "Năm 2024", "Lũy kế 5 tháng năm 2024".
     * A year to date of January alone reads "Lũy kế tháng 1/2024", because "Lũy kế 1 tháng" is not
     * how reports phrase it.
     */
    public String labelVi() {
        int year = year();
        return switch (type) {
            case MONTH -> "Tháng " + index + "/" + year;
            case QUARTER -> "Quý " + ROMAN[index - 1] + "/" + year;
            case HALF_YEAR -> (index == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            case YEAR -> "Năm " + year;
            case YEAR_TO_DATE -> index == 1 ? "Lũy kế tháng 1/" + year : "Lũy kế " + index + " tháng năm " + year;
        };
    }

    /**
     * English label: "March 2024", "Q1 2024", "H1 2024" (short like the quarter label, for chart
     * axes), "2024", "January–May 2024". A January-only year to date reads
     * "January 2024 (year to date)" so that it differs from the month label.
     */
    public String labelEn() {
        int year = year();
        return switch (type) {
            case MONTH -> monthName(firstMonth.getMonth()) + " " + year;
            case QUARTER -> "Q" + index + " " + year;
            case HALF_YEAR -> "H" + index + " " + year;
            case YEAR -> Integer.toString(year);
            case YEAR_TO_DATE -> index == 1
                    ? "January " + year + " (year to date)"
                    : "January\u2013" + monthName(lastMonth.getMonth()) + " " + year;
        };
    }

    /** English for English locales, Vietnamese for everything else (the dashboard's default language). */
    public String label(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? labelEn() : labelVi();
    }

    private static String monthName(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    // ---------------------------------------------------------------- identity

    @Override
    public int compareTo(ReportingPeriod other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ReportingPeriod p && type == p.type && index == p.index && year() == p.year();
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, year(), index);
    }
}
