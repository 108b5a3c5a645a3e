package vn.dti.dashboard.indicators;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the catalogue knows about one indicator: its summary plus the texts behind it.
 *
 * @param indicator        the summary (code, names, roll-up rules)
 * @param definitionSource where the definition comes from (legal document, methodology), as written
 * @param targetSource     where the national target comes from
 * @param seedEvidence     published figures that back the definition, with their arithmetic
 * @param notes            caveats: series breaks, what to count and what not
 * @param targets          numeric national targets per year, oldest first
 */
public record IndicatorDetails(
        IndicatorSummary indicator,
        @Nullable String definitionSource,
        @Nullable String targetSource,
        @Nullable String seedEvidence,
        @Nullable String notes,
        List<NationalTarget> targets) {

    public IndicatorDetails {
        targets = List.copyOf(targets);
    }
}
