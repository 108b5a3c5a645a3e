package vn.dti.dashboard.indicators;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An indicator as other features need it: identity, names, and the rules for rolling values up.
 *
 * @param code            the catalogue code, e.g. {@code DOSSIERS_ONLINE_RATE} (never changes)
 * @param nameVi          Vietnamese name
 * @param nameEn          English name
 * @param pillar          DTI pillar
 * @param unit            unit of measure as written in the catalogue, e.g. {@code percent}, {@code dossiers}
 * @param valueType       count, ratio, index or rank
 * @param numeratorCode   for a ratio, the count indicator above the line; otherwise null
 * @param denominatorCode for a ratio, the count indicator below the line; otherwise null
 * @param aggUnits        how a parent's value comes from its children
 * @param aggTime         how a longer period's value comes from the months
 * @param levels          the kinds of unit that report it
 * @param direction       whether higher is better
 * @param role            a KPI, or a base count that ratios need
 * @param nationalTarget  the national target as published, in words (e.g. "50% (2021-2025 ...)"); null
 *                        where no source gave one. The numeric targets per year are in
 *                        {@link IndicatorDetails#targets()}
 * @param active          false once retired from the catalogue (history keeps it)
 * @param sortOrder       position in the catalogue, the display order
 */
public record IndicatorSummary(
        String code,
        String nameVi,
        String nameEn,
        Pillar pillar,
        String unit,
        ValueType valueType,
        @Nullable String numeratorCode,
        @Nullable String denominatorCode,
        UnitAggregation aggUnits,
        TimeAggregation aggTime,
        Set<UnitLevel> levels,
        Direction direction,
        IndicatorRole role,
        @Nullable String nationalTarget,
        boolean active,
        int sortOrder) {

    public IndicatorSummary {
        // An EnumSet keeps the levels in their natural order (commune to department) for display.
        Set<UnitLevel> ordered = EnumSet.noneOf(UnitLevel.class);
        ordered.addAll(levels);
        levels = Collections.unmodifiableSet(ordered);
    }

    /** True for a ratio computed from a numerator and a denominator (value = numerator / denominator × 100). */
    public boolean isRatioOfCounts() {
        return valueType == ValueType.RATIO && numeratorCode != null && denominatorCode != null;
    }

    /** The English name for an English locale, the Vietnamese name otherwise. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
