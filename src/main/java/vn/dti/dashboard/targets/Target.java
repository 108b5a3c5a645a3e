package vn.dti.dashboard.targets;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.dti.dashboard.indicators.TargetComparison;

/**
 * The target that applies to an indicator at a unit in a period.
 *
 * @param value      for the period: a flow's yearly target × the period's months / 12; otherwise as set
 * @param yearly     as set for the year
 * @param origin     where it comes from
 * @param setAt      the code of the unit it was set for (null for a national target)
 */
public record Target(String indicator, int year, BigDecimal value, BigDecimal yearly, TargetComparison comparison,
        Origin origin, @Nullable String setAt, @Nullable String source) {

    /** Which target won: the unit's own, one set for an area the unit lies in, or the national one. */
    public enum Origin {
        UNIT, AREA, NATIONAL
    }
}
