package vn.dti.dashboard.reporting;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.shared.period.ReportingPeriod;

/**
 * One problem or warning about a report, pinned to where the official can fix it: the sheet, the A1
 * cell and the indicator. The text is a key of the {@code reporting} bundle with its arguments, so the
 * same finding reads in Vietnamese or English.
 *
 * @param sheet     the worksheet's name, or the file name for problems of the whole file
 * @param cell      A1 reference such as {@code D12}; null when the problem has no single cell (a missing unit)
 * @param indicator the indicator's catalogue code when known
 */
public record ReportIssue(String sheet, @Nullable String cell, @Nullable String indicator, String messageKey,
        List<Object> args) {

    public ReportIssue {
        args = List.copyOf(args);
    }

    public static ReportIssue of(String sheet, @Nullable String cell, @Nullable String indicator, String messageKey,
            Object... args) {
        return new ReportIssue(sheet, cell, indicator, messageKey, List.of(args));
    }

    /**
     * The issue with its text in the given language, as the API and the views show it. A period among the
     * arguments reads as its label in that language ("Tháng 7/2022", "July 2022"), an indicator as its name.
     */
    public ReportProblem render(Messages messages, Locale locale) {
        Object[] localized = args.stream().map(a -> switch (a) {
            case ReportingPeriod period -> period.label(locale);
            case IndicatorSummary indicator -> indicator.name(locale);
            default -> a;
        }).toArray();
        return new ReportProblem(sheet, cell, indicator, messages.get(locale, messageKey, localized));
    }
}
