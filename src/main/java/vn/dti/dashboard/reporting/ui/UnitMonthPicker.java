package vn.dti.dashboard.reporting.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import vn.dti.dashboard.hierarchy.HierarchyService;
import vn.dti.dashboard.hierarchy.UnitSummary;
import vn.dti.dashboard.shared.SearchText;
import vn.dti.dashboard.shared.period.ReportingPeriod;

/**
 * A month and a unit, as the reporting views ask for them. The units offered are those in force in the
 * chosen month (a commune merged on 1 January 2025 is offered for 2024, not for 2025), searchable by code
 * or by name without diacritics, and only those the signed-in user may submit for (a REPORTER's units and the
 * units below them; the service checks again on every request). Months run from January 2020 to the current
 * month, newest first.
 */
final class UnitMonthPicker {

    static final YearMonth FIRST_MONTH = YearMonth.of(2020, 1);

    final ComboBox<YearMonth> month = new ComboBox<>();
    final ComboBox<UnitSummary> unit = new ComboBox<>();
    private final HierarchyService hierarchy;
    private final Clock clock;
    private final Predicate<UnitSummary> offered;

    UnitMonthPicker(HierarchyService hierarchy, Clock clock, Predicate<UnitSummary> offered, Locale locale,
            String monthLabel, String unitLabel) {
        this.hierarchy = hierarchy;
        this.clock = clock;
        this.offered = offered;
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.now(clock); !m.isBefore(FIRST_MONTH); m = m.minusMonths(1)) {
            months.add(m);
        }
        month.setLabel(monthLabel);
        month.setItems((m, filter) -> label(m, locale).toLowerCase(locale).contains(filter.toLowerCase(locale))
                || m.toString().contains(filter), months);
        month.setItemLabelGenerator(m -> label(m, locale));
        month.setWidth("12rem");

        unit.setLabel(unitLabel);
        unit.setItemLabelGenerator(u -> ReportingUi.unitLabel(u.code(), u.name()));
        unit.setWidth("24rem");
        unit.setClearButtonVisible(true);
        month.addValueChangeListener(e -> reloadUnits());
        reloadUnits();
    }

    private static String label(YearMonth month, Locale locale) {
        return ReportingPeriod.ofMonth(month).label(locale);
    }

    /** The month before the current one: what units report at the start of a month. */
    YearMonth lastMonth() {
        return YearMonth.now(clock).minusMonths(1);
    }

    /** Offers the units in force in the chosen month (today's when none), keeping the chosen unit if it still is. */
    private void reloadUnits() {
        LocalDate day = month.getValue() != null ? month.getValue().atDay(1) : LocalDate.now(clock);
        List<UnitSummary> units = hierarchy.unitsInForce(day).stream().filter(offered).toList();
        String chosen = unit.getValue() == null ? null : unit.getValue().code();
        // Code, name without diacritics, or the whole label as shown ("08707 – Phường Tích Sơn").
        unit.setItems((u, filter) -> SearchText.matches(ReportingUi.unitLabel(u.code(), u.name()), filter), units);
        if (chosen != null) {
            unit.setValue(units.stream().filter(u -> u.code().equals(chosen)).findFirst().orElse(null));
        }
    }

    void select(@Nullable YearMonth chosenMonth, @Nullable String unitCode) {
        month.setValue(chosenMonth);
        if (unitCode != null && chosenMonth != null) {
            hierarchy.findInForce(unitCode, chosenMonth.atDay(1)).ifPresent(found -> unit.setValue(
                    unit.getListDataView().getItems().filter(u -> u.id() == found.id()).findFirst().orElse(null)));
        }
    }

    Optional<String> unitCode() {
        return Optional.ofNullable(unit.getValue()).map(UnitSummary::code);
    }

    /** The chosen month as {@code YYYY-MM}. */
    Optional<String> period() {
        return Optional.ofNullable(month.getValue()).map(YearMonth::toString);
    }

    void addValueChangeListener(Runnable listener) {
        month.addValueChangeListener(e -> listener.run());
        unit.addValueChangeListener(e -> listener.run());
    }
}
