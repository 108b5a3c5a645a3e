package vn.dti.dashboard.indicators;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to the indicator catalogue, for views, the API and other features. The catalogue is
 * reference data every signed-in user may read (the web and API security already require a sign-in), and
 * background jobs such as report imports read it without a user, so these methods carry no role check.
 * Editing the catalogue comes later and will be restricted to ADMIN.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern CODE_LIKE = Pattern.compile("[A-Za-z0-9]+(_[A-Za-z0-9]*)+");

    private final IndicatorRepository indicators;
    private final IndicatorTargetRepository targets;
    private final IndicatorAliasRepository aliases;

    IndicatorService(IndicatorRepository indicators, IndicatorTargetRepository targets,
            IndicatorAliasRepository aliases) {
        this.indicators = indicators;
        this.targets = targets;
        this.aliases = aliases;
    }

    /**
     * The other names reports use for indicators ("Tỷ lệ HSTT" for DOSSIERS_ONLINE_RATE), by indicator code,
     * in file order; indicators without aliases are absent. Compare names with {@link IndicatorNames#key}.
     */
    public Map<String, List<String>> aliases() {
        Map<String, List<String>> byCode = new LinkedHashMap<>();
        for (IndicatorAlias alias : aliases.findAllByOrderByIdAsc()) {
            byCode.computeIfAbsent(alias.getIndicatorCode(), code -> new ArrayList<>()).add(alias.getAlias());
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byCode.forEach((code, names) -> copy.put(code, List.copyOf(names)));
        return Collections.unmodifiableMap(copy);
    }

    /** Short definitions by indicator code: {@code [Vietnamese, English]}, for templates and forms. */
    public Map<String, List<String>> definitions() {
        Map<String, List<String>> byCode = new LinkedHashMap<>();
        for (Indicator indicator : indicators.findAllByOrderBySortOrderAsc()) {
            if (indicator.getDefinitionVi() != null) {
                String en = indicator.getDefinitionEn();
                byCode.put(indicator.getCode(), List.of(indicator.getDefinitionVi(), en == null ? "" : en));
            }
        }
        return Collections.unmodifiableMap(byCode);
    }

    /** The whole catalogue in catalogue order, retired indicators included (see {@code active}). */
    public List<IndicatorSummary> catalogue() {
        return indicators.findAllByOrderBySortOrderAsc().stream().map(IndicatorService::summary).toList();
    }

    /** The indicators of one pillar, in catalogue order. */
    public List<IndicatorSummary> catalogue(Pillar pillar) {
        return catalogue().stream().filter(i -> i.pillar() == pillar).toList();
    }

    /**
     * The indicators of a pillar (or all) that match {@code text}. Text that looks like a code (words joined
     * by underscores, e.g. {@code DOSSIERS_ONLINE_RATE}) matches codes containing it, so that pasting a code
     * finds that indicator rather than every one sharing its words. Other text matches when the code or a
     * name contains every word, ignoring case, Vietnamese diacritics and punctuation: "ho so truc tuyen"
     * finds "hồ sơ TTHC tiếp nhận trực tuyến", "dossiers online" finds DOSSIERS_ONLINE_RATE.
     */
    public List<IndicatorSummary> search(@Nullable Pillar pillar, @Nullable String text) {
        String query = text == null ? "" : text.strip();
        boolean codeLike = CODE_LIKE.matcher(query).matches();
        List<String> words = Arrays.stream(normalize(query).split(" ")).filter(w -> !w.isEmpty()).toList();
        return catalogue().stream()
                .filter(i -> pillar == null || i.pillar() == pillar)
                .filter(i -> codeLike ? i.code().contains(query.toUpperCase(Locale.ROOT)) : words.stream()
                        .allMatch(normalize(i.code() + " " + i.nameVi() + " " + i.nameEn())::contains))
                .toList();
    }

    /** One indicator with its definition texts and yearly targets; empty for an unknown code. */
    public Optional<IndicatorDetails> find(String code) {
        return indicators.findByCode(code).map(indicator -> new IndicatorDetails(summary(indicator),
                indicator.getDefinitionSource(), indicator.getTargetSource(), indicator.getSeedEvidence(),
                indicator.getNotes(), targets.findByIndicatorCodeOrderByYearAscScopeAsc(code).stream()
                        .map(t -> new NationalTarget(t.getYear(), t.getScope(), t.getTarget(), t.getComparison(),
                                t.getSource(), t.getNote()))
                        .toList()));
    }

    /** Indicator code → the national targets for the year, in one query (a dashboard's cards need several). */
    public Map<String, List<NationalTarget>> nationalTargets(int year) {
        Map<String, List<NationalTarget>> byCode = new java.util.HashMap<>();
        targets.findByYearOrderByIndicatorCodeAscScopeAsc(year).forEach(t -> byCode.computeIfAbsent(
                t.getIndicatorCode(), k -> new java.util.ArrayList<>()).add(new NationalTarget(t.getYear(),
                        t.getScope(), t.getTarget(), t.getComparison(), t.getSource(), t.getNote())));
        return byCode;
    }

    /**
     * Lower case, without diacritics, {@code đ} as {@code d}, anything else than letters and digits as one
     * space: how officials type names on keyboards without Vietnamese input.
     */
    static String normalize(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
        String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return NOT_ALPHANUMERIC.matcher(plain).replaceAll(" ").strip();
    }

    private static IndicatorSummary summary(Indicator i) {
        return new IndicatorSummary(i.getCode(), i.getNameVi(), i.getNameEn(), i.getPillar(), i.getUnit(),
                i.getValueType(), i.getNumeratorCode(), i.getDenominatorCode(), i.getAggUnits(), i.getAggTime(),
                i.getLevels(), i.getDirection(), i.getRole(), i.getNationalTarget(), i.isActive(), i.getSortOrder());
    }
}
