package vn.dti.dashboard.reporting.workbook;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.dti.dashboard.shared.SearchText;
import vn.dti.dashboard.shared.period.InvalidPeriodException;
import vn.dti.dashboard.shared.period.ReportingPeriod;

/**
 * Reads the reporting period out of the words of a report's header: "Kỳ báo cáo: Tháng 09/2023", a title
 * "… THÁNG 9 NĂM 2023", "Quý III/2023", "6 tháng đầu năm 2024", "9 tháng năm 2022", "Năm 2023", or a date
 * range "(Kỳ báo cáo: từ ngày 15/8/2023 đến ngày 14/9/2023)". Periods other than months are read too, so
 * the caller can say precisely that only monthly reports are taken.
 */
final class PeriodText {

    private static final String DATE = "(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})";
    private static final String DATE_WORDS = "(\\d{1,2}) thang (\\d{1,2}),? nam (\\d{4})";
    private static final Pattern RANGE = Pattern.compile("tu ngay " + DATE + " den ngay " + DATE);
    private static final Pattern RANGE_WORDS = Pattern.compile("tu ngay " + DATE_WORDS + ",? den ngay " + DATE_WORDS);
    /** "ngày 05 tháng 10 năm 2023": the date a report was signed, not its period. */
    private static final Pattern SIGNING_DATE = Pattern.compile("ngay \\d{1,2} thang \\d{1,2},? nam \\d{4}");
    private static final Pattern FIRST_MONTHS = Pattern.compile("(\\d{1,2}) thang dau nam,? (\\d{4})");
    private static final Pattern LAST_SIX_MONTHS = Pattern.compile("\\b0?6 thang cuoi nam,? (\\d{4})");
    private static final Pattern YEAR_TO_DATE = Pattern.compile("(\\d{1,2}) thang,? nam (\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("quy (iv|iii|ii|i|[1-4])\\s*(?:[/.-]\\s*|,?\\s*nam\\s*)(\\d{4})");
    private static final Pattern MONTH_SLASH = Pattern.compile("thang (\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
    private static final Pattern MONTH_WORDS = Pattern.compile("thang (\\d{1,2}),? nam (\\d{4})");
    /** "T9/2023", "T09-2023": the short form of file names and hurried titles. */
    private static final Pattern MONTH_SHORT = Pattern.compile("\\bt(\\d{1,2})\\s*[/.-]\\s*(\\d{4})\\b");
    private static final Pattern YEAR = Pattern.compile("\\bnam (\\d{4})\\b");
    /** After a "Kỳ báo cáo:" label: "09/2023" or "2023-09". */
    private static final Pattern BARE_MONTH = Pattern.compile("^(\\d{1,2})\\s*[/.-]\\s*(\\d{4})$");
    private static final Pattern ISO_MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern PERIOD_WORD = Pattern.compile("\\b(thang|quy|nam)\\b");

    private PeriodText() {
    }

    /** The text folded for matching: no diacritics, lower case, single spaces. */
    static String fold(String text) {
        return SearchText.fold(text);
    }

    /** Whether the line is the signing date ("Vũ Di, ngày 05 tháng 10 năm 2023") and nothing else. */
    static boolean isSigningDate(String folded) {
        return SIGNING_DATE.matcher(folded).find() && !folded.contains("tu ngay") && !folded.contains("ky bao cao");
    }

    /** Whether the words look like they name a period (so an unreadable one deserves a message). */
    static boolean mentionsPeriod(String folded) {
        return PERIOD_WORD.matcher(folded).find() || folded.matches(".*\\d.*");
    }

    /** The period the text names, or empty. */
    static Optional<ReportingPeriod> parse(String text) {
        String folded = fold(text).replace('–', '-').replace('—', '-');
        try {
            return Optional.ofNullable(read(folded));
        } catch (InvalidPeriodException | java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static @Nullable ReportingPeriod read(String folded) {
        Matcher m = RANGE.matcher(folded);
        if (m.find()) {
            return range(date(m, 1), date(m, 4));
        }
        m = RANGE_WORDS.matcher(folded);
        if (m.find()) {
            return range(date(m, 1), date(m, 4));
        }
        if (isSigningDate(folded)) {
            return null;
        }
        m = FIRST_MONTHS.matcher(folded);
        if (m.find()) {
            int months = Integer.parseInt(m.group(1));
            int year = Integer.parseInt(m.group(2));
            return months == 6 ? ReportingPeriod.halfYear(year, 1) : yearToDate(year, months);
        }
        m = LAST_SIX_MONTHS.matcher(folded);
        if (m.find()) {
            return ReportingPeriod.halfYear(Integer.parseInt(m.group(1)), 2);
        }
        m = YEAR_TO_DATE.matcher(folded);
        if (m.find()) {
            return yearToDate(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = QUARTER.matcher(folded);
        if (m.find()) {
            return ReportingPeriod.quarter(Integer.parseInt(m.group(2)), quarter(m.group(1)));
        }
        m = MONTH_SLASH.matcher(folded);
        if (m.find()) {
            return ReportingPeriod.month(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = MONTH_WORDS.matcher(folded);
        if (m.find()) {
            return ReportingPeriod.month(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = MONTH_SHORT.matcher(folded);
        if (m.find()) {
            return ReportingPeriod.month(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        String afterLabel = afterLabel(folded);
        m = BARE_MONTH.matcher(afterLabel);
        if (m.matches()) {
            return ReportingPeriod.month(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = ISO_MONTH.matcher(afterLabel);
        if (m.matches()) {
            return ReportingPeriod.month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if (!folded.contains("thang") && !folded.contains("quy")) {
            m = YEAR.matcher(folded);
            if (m.find()) {
                return ReportingPeriod.year(Integer.parseInt(m.group(1)));
            }
        }
        return null;
    }

    /** The text after "Kỳ báo cáo:" (or the whole text without a label), without brackets. */
    static String afterLabel(String folded) {
        String text = folded.replaceAll("[()]", " ").strip();
        int colon = text.indexOf(':');
        if (text.startsWith("ky bao cao") && colon >= 0) {
            text = text.substring(colon + 1);
        } else if (text.startsWith("ky bao cao")) {
            text = text.substring("ky bao cao".length());
        }
        return text.strip();
    }

    private static ReportingPeriod yearToDate(int year, int months) {
        return months == 12 ? ReportingPeriod.year(year) : ReportingPeriod.yearToDate(year, months);
    }

    private static int quarter(String text) {
        return switch (text) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            default -> Integer.parseInt(text);
        };
    }

    private static LocalDate date(Matcher m, int first) {
        return LocalDate.of(Integer.parseInt(m.group(first + 2)), Integer.parseInt(m.group(first + 1)),
                Integer.parseInt(m.group(first)));
    }

    /**
     * A date range: up to about a month is the month it ends in (monthly reports often run from the 15th to
     * the 14th); whole calendar quarters, halves, years and year-to-date spans are those periods.
     */
    private static @Nullable ReportingPeriod range(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return null;
        }
        if (ChronoUnit.DAYS.between(from, to) <= 35) {
            return ReportingPeriod.ofMonth(YearMonth.from(to));
        }
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        if (from.getDayOfMonth() != 1 || !to.equals(last.atEndOfMonth()) || first.getYear() != last.getYear()) {
            return null;
        }
        int start = first.getMonthValue();
        int end = last.getMonthValue();
        if (end - start == 2 && start % 3 == 1) {
            return ReportingPeriod.quarter(first.getYear(), (start + 2) / 3);
        }
        if (start == 1) {
            return end == 6 ? ReportingPeriod.halfYear(first.getYear(), 1) : yearToDate(first.getYear(), end);
        }
        if (start == 7 && end == 12) {
            return ReportingPeriod.halfYear(first.getYear(), 2);
        }
        return null;
    }
}
