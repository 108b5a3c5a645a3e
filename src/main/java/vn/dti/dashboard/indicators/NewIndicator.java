package vn.dti.dashboard.indicators;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A province's own KPI as an administrator adds it: a count reported by units (summed over units or kept
 * with the unit that owns it), or a ratio of two counts already in the catalogue (recomputed at every level).
 *
 * @param unit            unit of measure in words ("hộ", "lượt"); ignored for a ratio (percent)
 * @param numeratorCode   for a ratio, the count above the line; null for a count
 * @param denominatorCode for a ratio, the count below the line; null for a count
 */
public record NewIndicator(String code, String nameVi, String nameEn, Pillar pillar, String unit,
        @Nullable String numeratorCode, @Nullable String denominatorCode, boolean summedOverUnits,
        TimeAggregation aggTime, Set<UnitLevel> levels, Direction direction, @Nullable String definitionVi) {
}
