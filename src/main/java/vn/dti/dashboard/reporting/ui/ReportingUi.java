package vn.dti.dashboard.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.dti.dashboard.reporting.Channel;
import vn.dti.dashboard.reporting.ReportProblem;
import vn.dti.dashboard.shared.ClockConfiguration;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.shared.period.ReportingPeriod;

/** Formatting and small building blocks shared by the reporting views. */
final class ReportingUi {

    private ReportingUi() {
    }

    /** A figure in the UI language's notation: 1.234.567 and 10,4 in Vietnamese, 1,234,567 and 10.4 in English. */
    static String number(@Nullable BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Messages.supported(locale));
        format.setMaximumFractionDigits(10);
        return format.format(value);
    }

    /**
     * A figure as typed into the entry form: always Vietnamese notation, since that is what the report
     * parser reads, whatever the UI language.
     */
    static String vietnameseNumber(@Nullable BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(Messages.VIETNAMESE);
        format.setMaximumFractionDigits(10);
        format.setParseBigDecimal(true);
        return format.format(value);
    }

    /** "Tháng 3/2024" or "March 2024". */
    static String periodLabel(String period, Locale locale) {
        return ReportingPeriod.tryParse(period).map(p -> p.label(locale)).orElse(period);
    }

    static String unitLabel(String code, String name) {
        return code + " – " + name;
    }

    /** Day and time in Vietnam, whatever the server's zone. */
    static String dateTime(Instant instant, Component owner) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(owner.getTranslation("shared.date.pattern") + " HH:mm")
                .withZone(ClockConfiguration.VIETNAM);
        return format.format(instant);
    }

    /** "Sheet!D12", or the sheet alone for a problem of a whole sheet, or nothing for a web-form value. */
    static String where(@Nullable String sheet, @Nullable String cell) {
        if (sheet == null || sheet.isEmpty()) {
            return cell == null ? "" : cell;
        }
        return cell == null ? sheet : sheet + "!" + cell;
    }

    static String channel(Channel channel, Component owner) {
        return switch (channel) {
            case UPLOAD -> owner.getTranslation("reporting.ui.channel.upload");
            case API -> owner.getTranslation("reporting.ui.channel.api");
            case FORM -> owner.getTranslation("reporting.ui.channel.form");
            case DEMO -> owner.getTranslation("reporting.ui.channel.demo");
        };
    }

    /** The catalogue's unit of measure in the UI language ("hồ sơ"), or as written when it has no translation. */
    static String measureUnit(String unit, Component owner) {
        String key = "indicators.unit." + unit.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        String label = owner.getTranslation(key);
        return label.startsWith("!") ? unit : label;
    }

    /** The grid of problems with their sheet, cell, indicator and the service's message, word for word. */
    static Grid<ReportProblem> problemGrid(Component owner) {
        Grid<ReportProblem> grid = new Grid<>();
        grid.addColumn(ReportProblem::sheet).setHeader(owner.getTranslation("reporting.ui.column.sheet"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.cell() == null ? "" : p.cell())
                .setHeader(owner.getTranslation("reporting.ui.column.cell")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.indicator() == null ? "" : p.indicator())
                .setHeader(owner.getTranslation("reporting.ui.column.indicator")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ReportProblem::message).setHeader(owner.getTranslation("reporting.ui.column.message"))
                .setFlexGrow(1).setTooltipGenerator(ReportProblem::message);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
