package vn.dti.dashboard.reporting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dti.dashboard.indicators.IndicatorService;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.reporting.ReportValueParser.Kind;
import vn.dti.dashboard.reporting.workbook.CatalogueIndicatorLookup;
import vn.dti.dashboard.reporting.workbook.IndicatorLookup;

/**
 * The indicator catalogue as the reporting checks need it: by code, in catalogue order, with names and
 * aliases for reading report rows, and the way each indicator's cells are read. Loaded on first use, once
 * the catalogue loader has run.
 */
@Component
class ReportingCatalogue {

    private record Loaded(Map<String, IndicatorSummary> byCode, CatalogueIndicatorLookup lookup,
            Map<String, List<String>> definitions) {
    }

    private final IndicatorService indicators;
    private volatile @Nullable Loaded loaded;

    ReportingCatalogue(IndicatorService indicators) {
        this.indicators = indicators;
    }

    private Loaded loaded() {
        Loaded current = loaded;
        if (current == null) {
            List<IndicatorSummary> catalogue = indicators.catalogue();
            Map<String, IndicatorSummary> byCode = new LinkedHashMap<>();
            catalogue.forEach(i -> byCode.put(i.code(), i));
            current = new Loaded(Collections.unmodifiableMap(byCode),
                    new CatalogueIndicatorLookup(catalogue, indicators.aliases()), indicators.definitions());
            loaded = current;
        }
        return current;
    }

    /** An administrator changed the catalogue: the next check reads it again. */
    @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
    void on(vn.dti.dashboard.indicators.CatalogueChanged event) {
        loaded = null;
    }

    Optional<IndicatorSummary> find(String code) {
        return Optional.ofNullable(loaded().byCode().get(code));
    }

    List<IndicatorSummary> all() {
        return List.copyOf(loaded().byCode().values());
    }

    IndicatorLookup lookup() {
        return loaded().lookup();
    }

    /** The short Vietnamese definition for the template and the entry form (the name where there is none). */
    String definition(IndicatorSummary indicator) {
        List<String> definition = loaded().definitions().get(indicator.code());
        return definition == null ? indicator.nameVi() : definition.getFirst();
    }

    Kind kind(IndicatorSummary indicator) {
        return CatalogueIndicatorLookup.kindOf(indicator);
    }
}
