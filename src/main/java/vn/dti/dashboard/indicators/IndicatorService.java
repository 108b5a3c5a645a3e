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
    private final vn.dti.dashboard.shared.KeptCopy<Boolean, List<IndicatorSummary>> kept;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final org.springframework.security.core.context.SecurityContextHolderStrategy security;

    IndicatorService(IndicatorRepository indicators, IndicatorTargetRepository targets,
            IndicatorAliasRepository aliases, org.springframework.context.ApplicationEventPublisher events,
            org.springframework.security.core.context.SecurityContextHolderStrategy security,
            vn.dti.dashboard.shared.KeptCopies copies) {
        this.indicators = indicators;
        this.targets = targets;
        this.aliases = aliases;
        this.events = events;
        this.security = security;
        this.kept = copies.create("catalogue");
    }

    /** A refused catalogue change, with a message for the administrator (Vietnamese). */
    public static final class CatalogueChangeRefused extends RuntimeException {
        public CatalogueChangeRefused(String message) {
            super(message);
        }
    }

    private static final Pattern NEW_CODE = Pattern.compile("[A-Z][A-Z0-9_]{2,63}");

    /**
     * Adds a province's own KPI at the end of the catalogue; it appears in templates and uploads of the levels
     * that report it from then on. Codes never change and are never reused.
     *
     * @throws CatalogueChangeRefused for a taken or malformed code, a missing name or level, or a ratio whose
     *                                parts are not counts of the catalogue
     */
    @jakarta.annotation.security.RolesAllowed("ADMIN")
    @Transactional
    public IndicatorSummary add(NewIndicator n) {
        String code = n.code().strip().toUpperCase(Locale.ROOT);
        if (!NEW_CODE.matcher(code).matches()) {
            throw new CatalogueChangeRefused("Mã chỉ tiêu «" + n.code() + "» không hợp lệ: dùng chữ in hoa không dấu, "
                    + "chữ số và dấu gạch dưới, từ 3 đến 64 ký tự, bắt đầu bằng chữ cái.");
        }
        if (indicators.findByCode(code).isPresent()) {
            throw new CatalogueChangeRefused("Đã có chỉ tiêu mã «" + code + "»; mã chỉ tiêu không được dùng lại.");
        }
        if (n.nameVi().isBlank() || n.nameEn().isBlank()) {
            throw new CatalogueChangeRefused("Cần nhập tên chỉ tiêu bằng tiếng Việt và tiếng Anh.");
        }
        if (n.levels().isEmpty()) {
            throw new CatalogueChangeRefused("Cần chọn ít nhất một cấp đơn vị báo cáo chỉ tiêu.");
        }
        boolean ratio = n.numeratorCode() != null || n.denominatorCode() != null;
        if (ratio) {
            for (String part : java.util.Arrays.asList(n.numeratorCode(), n.denominatorCode())) {
                boolean count = part != null && indicators.findByCode(part)
                        .filter(i -> i.getValueType() == ValueType.COUNT).isPresent();
                if (!count) {
                    throw new CatalogueChangeRefused("Tỷ lệ cần tử số và mẫu số là hai chỉ tiêu đếm có trong danh mục"
                            + (part == null ? "." : "; «" + part + "» không phải."));
                }
            }
        } else if (n.unit().isBlank()) {
            throw new CatalogueChangeRefused("Cần nhập đơn vị tính của chỉ tiêu.");
        }
        int sortOrder = indicators.findAllByOrderBySortOrderAsc().stream().mapToInt(Indicator::getSortOrder).max()
                .orElse(0) + 1;
        CatalogCsv.CatalogEntry entry = new CatalogCsv.CatalogEntry(0, code, n.nameVi().strip(), n.nameEn().strip(),
                n.pillar(), ratio ? "percent" : n.unit().strip(), ratio ? ValueType.RATIO : ValueType.COUNT,
                ratio ? n.numeratorCode() : null, ratio ? n.denominatorCode() : null,
                ratio ? UnitAggregation.RATIO_OF_SUMS : n.summedOverUnits() ? UnitAggregation.SUM : UnitAggregation.NONE,
                ratio ? TimeAggregation.LAST_VALUE_FOR_STOCKS : n.aggTime(), n.levels(), n.direction(), null, null, null,
                IndicatorRole.KPI, null, "Chỉ tiêu riêng của tỉnh, do quản trị viên thêm.");
        Indicator indicator = new Indicator(entry, sortOrder);
        if (n.definitionVi() != null && !n.definitionVi().isBlank()) {
            indicator.define(n.definitionVi().strip(), "");
        }
        indicators.save(indicator);
        changed("INDICATOR_ADDED", code, n.nameVi().strip() + (ratio ? " = " + n.numeratorCode() + " / "
                + n.denominatorCode() + " × 100" : " (" + entry.unit() + ")"));
        return summary(indicator);
    }

    /** New names for an indicator; its code, rules and every stored value stay as they are. */
    @jakarta.annotation.security.RolesAllowed("ADMIN")
    @Transactional
    public void rename(String code, String nameVi, String nameEn) {
        Indicator indicator = existing(code);
        if (nameVi.isBlank() || nameEn.isBlank()) {
            throw new CatalogueChangeRefused("Cần nhập tên chỉ tiêu bằng tiếng Việt và tiếng Anh.");
        }
        String before = indicator.getNameVi();
        indicator.rename(nameVi.strip(), nameEn.strip());
        changed("INDICATOR_RENAMED", code, before + " → " + nameVi.strip());
    }

    /**
     * Retires an indicator (no longer in templates, forms or uploads) or takes it back; stored values, rollups
     * and history stay, so past periods keep their figures.
     */
    @jakarta.annotation.security.RolesAllowed("ADMIN")
    @Transactional
    public void setActive(String code, boolean active) {
        Indicator indicator = existing(code);
        if (indicator.isActive() == active) {
            return;
        }
        indicator.setActive(active);
        changed(active ? "INDICATOR_ACTIVATED" : "INDICATOR_DEACTIVATED", code, indicator.getNameVi());
    }

    private Indicator existing(String code) {
        return indicators.findByCode(code.strip()).orElseThrow(() -> new CatalogueChangeRefused(
                "Không có chỉ tiêu mã «" + code + "»."));
    }

    private void changed(String action, String code, String detail) {
        kept.changed();
        var auth = security.getContext().getAuthentication();
        events.publishEvent(new CatalogueChanged(auth == null ? "" : auth.getName(), action, code, detail));
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

    /**
     * The whole catalogue in catalogue order, retired indicators included (see {@code active}). Every figure
     * the API hands out needs it, so it is kept in memory once the app serves and read again after a change
     * of the catalogue has committed; a writing transaction always reads the table (it may hold its own change).
     */
    public List<IndicatorSummary> catalogue() {
        return kept.get(Boolean.TRUE, () -> indicators.findAllByOrderBySortOrderAsc().stream()
                .map(IndicatorService::summary).toList());
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
