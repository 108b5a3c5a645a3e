package vn.dti.dashboard.rollup;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One indicator's figure for a unit and period, as dashboards and the API show it.
 *
 * @param value          null where nothing was reported (missing, not zero); for a ratio numerator / denominator
 *                       × 100 from the rolled parts
 * @param numerator      for a ratio, its rolled numerator; otherwise null
 * @param denominator    for a ratio, its rolled denominator; otherwise null
 * @param reportedUnits  leaf units under the unit that reported it (in {@code asOfMonth} for a longer period)
 * @param expectedUnits  leaf units in force under the unit at the period's end that report the indicator
 * @param onTimeUnits    of the reported units, those whose first version arrived by the deadline
 * @param asOfMonth      the month the figure stands at: a stock's last month with a value, a flow's last
 *                       month counted ({@code YYYY-MM}); null without data
 * @param latestReportAt when the newest of the reports behind the figure arrived
 */
public record RolledValue(String indicator, String unit, String unitName, String period, @Nullable BigDecimal value,
        @Nullable BigDecimal numerator, @Nullable BigDecimal denominator, int reportedUnits, int expectedUnits,
        int onTimeUnits, @Nullable String asOfMonth, @Nullable Instant latestReportAt) {
}
