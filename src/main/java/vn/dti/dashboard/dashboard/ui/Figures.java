package vn.dti.dashboard.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.dti.dashboard.dashboard.DashboardService.ReportState;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.indicators.ValueType;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.targets.Status;
import vn.dti.dashboard.targets.TargetCheck;

/**
 * Figures as the dashboards write them: Vietnamese notation by default (1.234.567; 10,4 %; 05/03/2024),
 * English when the UI is switched; a ratio with one decimal and " %", a count whole with its unit.
 */
final class Figures {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Figures() {
    }

    /** The number alone; "—" for a missing value (missing is not zero). */
    static String number(@Nullable BigDecimal value, Locale locale, int decimals) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Messages.supported(locale));
        format.setMaximumFractionDigits(decimals);
        format.setMinimumFractionDigits(0);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    static boolean isPercent(IndicatorSummary indicator) {
        return indicator.valueType() == ValueType.RATIO || "percent".equals(indicator.unit());
    }

    /** Decimals shown: one for ratios, two for an index, none for counts (up to two if not whole). */
    static int decimals(IndicatorSummary indicator, @Nullable BigDecimal value) {
        if (isPercent(indicator)) {
            return 1;
        }
        if (indicator.valueType() == ValueType.INDEX) {
            return 3;
        }
        return value != null && value.stripTrailingZeros().scale() > 0 ? 2 : 0;
    }

    /** "47,3 %" or "1.240" (the unit of measure goes in its own label). */
    static String value(@Nullable BigDecimal value, IndicatorSummary indicator, Locale locale) {
        String number = number(value, locale, decimals(indicator, value));
        return value != null && isPercent(indicator) ? number + " %" : number;
    }

    /** The unit of measure in the UI's language, "%" for ratios. */
    static String unitOf(IndicatorSummary indicator, Component owner) {
        if (isPercent(indicator)) {
            return "%";
        }
        String key = "indicators.unit." + indicator.unit();
        String label = owner.getTranslation(key);
        return label.startsWith("!") || label.equals(key) ? indicator.unit() : label;
    }

    /** What the chart writes after its numbers. */
    static String chartSuffix(IndicatorSummary indicator) {
        return isPercent(indicator) ? " %" : "";
    }

    /** "+2,3" / "−1.240": a change with its sign; percentage points for ratios. */
    static String change(@Nullable BigDecimal change, IndicatorSummary indicator, Locale locale, Component owner) {
        if (change == null) {
            return "";
        }
        String number = number(change.abs(), locale, decimals(indicator, change));
        String sign = change.signum() > 0 ? "+" : change.signum() < 0 ? "−" : "±";
        return owner.getTranslation(isPercent(indicator) ? "dashboard.change.points" : "dashboard.change.count",
                sign + number);
    }

    /** A coloured badge for a status against the target; "no target" when none applies. */
    static Span status(@Nullable TargetCheck check, Component owner) {
        Status status = check == null ? null : check.status();
        Span badge = new Span(owner.getTranslation(status == null ? "dashboard.status.none"
                : "dashboard.status." + status.name().toLowerCase(Locale.ROOT)));
        badge.addClassName("dti-status");
        badge.addClassName("dti-status-" + (status == null ? "none" : status.name().toLowerCase(Locale.ROOT)
                .replace('_', '-')));
        return badge;
    }

    /** The colour of a status for charts. */
    static String colour(@Nullable TargetCheck check) {
        if (check == null) {
            return "#3b6ea8";
        }
        return switch (check.status()) {
            case ON_TRACK -> "#1a7f37";
            case AT_RISK -> "#b7791f";
            case BEHIND -> "#c53030";
        };
    }

    /** A report state as a coloured label. */
    static Span state(ReportState state, boolean resubmitted, Component owner) {
        Span label = new Span(owner.getTranslation("dashboard.state." + state.name().toLowerCase(Locale.ROOT))
                + (resubmitted ? " ↻" : ""));
        label.addClassName("dti-state");
        label.addClassName("dti-state-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (resubmitted) {
            label.getElement().setAttribute("title", owner.getTranslation("dashboard.state.resubmitted"));
        }
        return label;
    }

    /** 05/03/2024 14:20 in Vietnam's time. */
    static String dateTime(@Nullable Instant instant, Component owner) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(owner.getTranslation("shared.date.pattern") + " HH:mm").withZone(VIETNAM)
                .format(instant);
    }
}
