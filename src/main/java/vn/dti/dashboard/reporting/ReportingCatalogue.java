package vn.dti.dashboard.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dti.dashboard.indicators.IndicatorService;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.indicators.ValueType;
import vn.dti.dashboard.reporting.ReportValueParser.Kind;
import vn.dti.dashboard.reporting.workbook.IndicatorLookup;

/**
 * The indicator catalogue as the reporting checks need it: by code, in catalogue order, with the way each
 * indicator's cells are read. Loaded on first use, once the catalogue loader has run.
 */
@Component
class ReportingCatalogue {

    private final IndicatorService indicators;
    private volatile @Nullable Map<String, IndicatorSummary> byCode;

    ReportingCatalogue(IndicatorService indicators) {
        this.indicators = indicators;
    }

    Map<String, IndicatorSummary> byCode() {
        Map<String, IndicatorSummary> map = byCode;
        if (map == null) {
            Map<String, IndicatorSummary> loaded = new LinkedHashMap<>();
            for (IndicatorSummary indicator : indicators.catalogue()) {
                loaded.put(indicator.code(), indicator);
            }
            map = java.util.Collections.unmodifiableMap(loaded);
            byCode = map;
        }
        return map;
    }

    Optional<IndicatorSummary> find(String code) {
        return Optional.ofNullable(byCode().get(code));
    }

    List<IndicatorSummary> all() {
        return List.copyOf(byCode().values());
    }

    /** A short definition for the template and the entry form. */
    String definition(IndicatorSummary indicator) {
        return indicator.nameEn();
    }

    Kind kind(IndicatorSummary indicator) {
        return kindOf(indicator);
    }

    IndicatorLookup lookup() {
        Map<String, IndicatorSummary> map = byCode();
        return new IndicatorLookup() {
            @Override
            public Optional<Match> byCode(String code) {
                return Optional.ofNullable(map.get(code.strip())).map(ReportingCatalogue::match);
            }

            @Override
            public Optional<Match> byName(String name) {
                String key = vn.dti.dashboard.shared.SearchText.fold(name);
                return map.values().stream().filter(i -> vn.dti.dashboard.shared.SearchText.fold(i.nameVi()).equals(key))
                        .findFirst().map(ReportingCatalogue::match);
            }
        };
    }

    private static IndicatorLookup.Match match(IndicatorSummary indicator) {
        return new IndicatorLookup.Match(indicator.code(), kindOf(indicator),
                indicator.aggUnits() == vn.dti.dashboard.indicators.UnitAggregation.SUM);
    }

    static Kind kindOf(IndicatorSummary indicator) {
        if (indicator.valueType() == ValueType.RATIO) {
            return "percent".equals(indicator.unit()) ? Kind.PERCENT : Kind.NUMBER;
        }
        if (indicator.valueType() == ValueType.INDEX || indicator.unit().contains("VND")) {
            return Kind.NUMBER;
        }
        return Kind.COUNT;
    }
}
