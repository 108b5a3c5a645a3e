package vn.dti.dashboard.reporting.workbook;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dti.dashboard.indicators.IndicatorNames;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.indicators.UnitAggregation;
import vn.dti.dashboard.reporting.ReportValueParser.Kind;

/**
 * The indicator catalogue as the workbook reader asks it: by code, or by a name as officials write it. A name
 * is compared by its {@link IndicatorNames#key key} with the catalogue's Vietnamese names first, then with
 * the aliases the catalogue keeps ("Tỷ lệ HSTT"), and last with the usual abbreviations written out on both
 * sides ("Số tổ CNSCĐ" = "Số Tổ công nghệ số cộng đồng"). A key that would name two indicators names none:
 * a wrong figure under the right name is worse than a cell the official is asked about.
 */
public final class CatalogueIndicatorLookup implements IndicatorLookup {

    private final Map<String, Match> byCode = new HashMap<>();
    private final Map<String, Match> byName;
    private final Map<String, Match> byAlias;
    private final Map<String, Match> byExpandedKey;

    /**
     * @param catalogue the indicators ({@code IndicatorService.catalogue()})
     * @param aliases   other names by indicator code ({@code IndicatorService.aliases()})
     */
    public CatalogueIndicatorLookup(List<IndicatorSummary> catalogue, Map<String, List<String>> aliases) {
        for (IndicatorSummary indicator : catalogue) {
            byCode.put(indicator.code(), match(indicator));
        }
        Keys names = new Keys();
        Keys aliasKeys = new Keys();
        Keys expanded = new Keys();
        for (IndicatorSummary indicator : catalogue) {
            names.add(IndicatorNames.key(indicator.nameVi()), byCode.get(indicator.code()));
            expanded.add(IndicatorNames.expandedKey(indicator.nameVi()), byCode.get(indicator.code()));
        }
        aliases.forEach((code, list) -> {
            Match match = byCode.get(code);
            if (match != null) {
                for (String alias : list) {
                    aliasKeys.add(IndicatorNames.key(alias), match);
                    expanded.add(IndicatorNames.expandedKey(alias), match);
                }
            }
        });
        this.byName = names.unambiguous();
        this.byAlias = aliasKeys.unambiguous();
        this.byExpandedKey = expanded.unambiguous();
    }

    @Override
    public Optional<Match> byCode(String code) {
        return Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    @Override
    public Optional<Match> byName(String name) {
        String key = IndicatorNames.key(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byName.get(key))
                .or(() -> Optional.ofNullable(byAlias.get(key)))
                .or(() -> Optional.ofNullable(byExpandedKey.get(IndicatorNames.expandedKey(name))));
    }

    /**
     * How a cell of the indicator is read: a ratio in percent is a {@link Kind#PERCENT}; other ratios (minutes
     * per user and day), indices and money amounts ("billion VND", which come with decimals) are any
     * {@link Kind#NUMBER}; counts and ranks are whole {@link Kind#COUNT}s.
     */
    public static Kind kindOf(IndicatorSummary indicator) {
        return switch (indicator.valueType()) {
            case RATIO -> "percent".equalsIgnoreCase(indicator.unit().strip()) ? Kind.PERCENT : Kind.NUMBER;
            case INDEX -> Kind.NUMBER;
            case RANK -> Kind.COUNT;
            case COUNT -> isMoney(indicator.unit()) ? Kind.NUMBER : Kind.COUNT;
        };
    }

    /** Whether the values of several units add up to their total (so a subtotal row can be checked). */
    public static boolean additive(IndicatorSummary indicator) {
        return indicator.aggUnits() == UnitAggregation.SUM;
    }

    private static boolean isMoney(String unit) {
        String lower = unit.toLowerCase(Locale.ROOT);
        return lower.contains("vnd") || lower.contains("đồng") || lower.contains("usd");
    }

    private static Match match(IndicatorSummary indicator) {
        return new Match(indicator.code(), kindOf(indicator), additive(indicator));
    }

    /** Keys collected with the indicators they name; a key naming two indicators is dropped. */
    private static final class Keys {

        private final Map<String, Match> first = new HashMap<>();
        private final Set<String> ambiguous = new HashSet<>();

        void add(String key, Match match) {
            if (key.isEmpty()) {
                return;
            }
            Match earlier = first.putIfAbsent(key, match);
            if (earlier != null && !earlier.code().equals(match.code())) {
                ambiguous.add(key);
            }
        }

        Map<String, Match> unambiguous() {
            Map<String, Match> result = new HashMap<>(first);
            ambiguous.forEach(result::remove);
            return Map.copyOf(result);
        }
    }
}
