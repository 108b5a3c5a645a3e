package vn.dti.dashboard.reporting;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.dti.dashboard.indicators.Pillar;
import vn.dti.dashboard.reporting.ReportValueParser.Kind;

/**
 * What a unit enters for a month, as the template and the web entry form show it: the indicators its level
 * reports (never ratios, which are computed from their numerator and denominator), grouped by pillar in
 * catalogue order, with the values already stored for this month and those of the month before.
 *
 * @param hasUnitsBelow true for a district or a province: its counts are its own part only (totals are
 *                      computed from the units below), so every row is optional
 */
public record ReportForm(String unitCode, String unitName, String unitLevel, String period, boolean hasUnitsBelow,
        List<Row> rows) {

    public ReportForm {
        rows = List.copyOf(rows);
    }

    /**
     * @param definition the short Vietnamese definition of the catalogue (its name where it has none)
     * @param current       the value stored for this month (newest version), if any
     * @param previousMonth the value stored for the month before, if any
     */
    public record Row(String indicator, String nameVi, String nameEn, Pillar pillar, String measureUnit, Kind kind,
            String definition, @Nullable BigDecimal current, @Nullable BigDecimal previousMonth) {
    }
}
