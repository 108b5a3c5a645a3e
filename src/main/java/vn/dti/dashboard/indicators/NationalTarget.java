package vn.dti.dashboard.indicators;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A numeric national target for one year. For a ratio the target is in percent.
 *
 * @param year       the calendar year it applies to
 * @param scope      every unit's own figure, or only the province's
 * @param target     the figure, e.g. 50 for "at least 50 %"
 * @param comparison at least or at most
 * @param source     the document that sets it
 * @param note       remarks, e.g. "provincial level"
 */
public record NationalTarget(
        int year,
        TargetScope scope,
        BigDecimal target,
        TargetComparison comparison,
        @Nullable String source,
        @Nullable String note) {
}
