package vn.dti.dashboard.targets;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dti.dashboard.hierarchy.HierarchyService;
import vn.dti.dashboard.hierarchy.UnitSummary;
import vn.dti.dashboard.indicators.IndicatorDetails;
import vn.dti.dashboard.indicators.IndicatorService;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.indicators.NationalTarget;
import vn.dti.dashboard.indicators.TargetComparison;
import vn.dti.dashboard.indicators.TargetScope;
import vn.dti.dashboard.indicators.TimeAggregation;
import vn.dti.dashboard.indicators.ValueType;
import vn.dti.dashboard.reporting.ReportValueParser;
import vn.dti.dashboard.shared.Amounts;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.shared.api.ApiException;
import vn.dti.dashboard.shared.period.ReportingPeriod;
import vn.dti.dashboard.shared.spreadsheet.Spreadsheet;
import vn.dti.dashboard.shared.spreadsheet.SpreadsheetReader;
import vn.dti.dashboard.shared.spreadsheet.SpreadsheetRejectedException;

/**
 * Which target applies where, and targets loaded from a file. A unit's own target beats one set for an area
 * the unit lies in (the nearest such area first), which beats the national one (for every unit, or for the
 * province only). A yearly target of a flow is prorated by the months of a shorter period; ratio and stock
 * targets apply as they are.
 */
@Service
@Transactional(readOnly = true)
public class TargetService {

    /** A stored target, as the API lists it. */
    public record UnitTarget(String indicator, String unitCode, String unitName, int year, String appliesTo,
            BigDecimal target, String comparison, @Nullable String source, String setBy) {
    }

    /** A refused row of a targets file: the spreadsheet row, the column and what is wrong. */
    public record RowProblem(int row, String column, String message) {
    }

    /** What an import stored. */
    public record ImportResult(int created, int updated) {
    }

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final int MAX_BYTES = 5 * 1024 * 1024;

    private final JdbcTemplate jdbc;
    private final HierarchyService hierarchy;
    private final IndicatorService indicators;
    private final Messages messages;
    private final SecurityContextHolderStrategy security;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final SpreadsheetReader reader = new SpreadsheetReader(new SpreadsheetReader.Limits(5, 20_000));

    TargetService(JdbcTemplate jdbc, HierarchyService hierarchy, IndicatorService indicators, Messages messages,
            SecurityContextHolderStrategy security, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
        this.indicators = indicators;
        this.messages = messages;
        this.security = security;
        this.clock = clock;
    }

    /** The target of the indicator at the unit for the period, if any applies. */
    public Optional<Target> targetFor(String indicatorCode, long unitId, ReportingPeriod period) {
        IndicatorSummary indicator = indicators.catalogue().stream().filter(i -> i.code().equals(indicatorCode))
                .findFirst().orElse(null);
        UnitSummary unit = hierarchy.find(unitId).orElse(null);
        if (indicator == null || unit == null) {
            return Optional.empty();
        }
        int year = period.year();
        List<Long> path = unit.pathIds();
        Map<Long, Map<String, Object>> own = new HashMap<>();
        Map<Long, Map<String, Object>> below = new HashMap<>();
        jdbc.queryForList("select t.unit_id, t.applies_to, t.target, t.comparison, t.source, u.code from unit_target t "
                + "join administrative_unit u on u.id = t.unit_id where t.indicator_code = ? and t.target_year = ? "
                + "and t.unit_id in (" + String.join(",", path.stream().map(String::valueOf).toList()) + ")",
                indicatorCode, year).forEach(row -> {
                    long id = ((Number) row.get("UNIT_ID")).longValue();
                    ("unit".equals(row.get("APPLIES_TO")) ? own : below).put(id, row);
                });
        Map<String, Object> row = own.get(unitId);
        Target.Origin origin = Target.Origin.UNIT;
        if (row == null) {
            row = below.get(unitId);
        }
        for (int i = path.size() - 2; row == null && i >= 0; i--) {
            row = below.get(path.get(i));
            origin = Target.Origin.AREA;
        }
        if (row != null) {
            BigDecimal yearly = (BigDecimal) row.get("TARGET");
            return Optional.of(new Target(indicatorCode, year, prorated(indicator, yearly, period), Amounts.plain(yearly),
                    TargetComparison.fromCode((String) row.get("COMPARISON")),
                    own.containsKey(unitId) || below.containsKey(unitId) ? Target.Origin.UNIT : origin,
                    (String) row.get("CODE"), (String) row.get("SOURCE")));
        }
        boolean province = unit.parentId() == null;
        return indicators.find(indicatorCode).map(IndicatorDetails::targets).orElse(List.of()).stream()
                .filter(t -> t.year() == year && (t.scope() == TargetScope.ALL || province)).findFirst()
                .map(t -> national(indicator, t, period));
    }

    /**
     * The targets of several indicators at one unit for the period, in a fixed number of queries (a
     * dashboard's cards, a unit's profile): indicator code → target, for those that have one. The same rules
     * as {@link #targetFor}.
     */
    public Map<String, Target> targetsFor(java.util.Collection<String> indicatorCodes, long unitId,
            ReportingPeriod period) {
        return hierarchy.find(unitId).map(unit -> targetsFor(indicatorCodes, List.of(unit), period)
                .getOrDefault(unitId, Map.of())).orElse(Map.of());
    }

    /**
     * The targets of several indicators at many units (an indicator's breakdown), in a fixed number of
     * queries whatever the number of units: unit id → indicator code → target.
     */
    public Map<Long, Map<String, Target>> targetsFor(java.util.Collection<String> indicatorCodes,
            java.util.Collection<UnitSummary> units, ReportingPeriod period) {
        Map<Long, Map<String, Target>> result = new HashMap<>();
        Map<String, IndicatorSummary> catalogue = new HashMap<>();
        indicators.catalogue().forEach(i -> catalogue.put(i.code(), i));
        List<String> codes = indicatorCodes.stream().filter(catalogue::containsKey).distinct().toList();
        if (codes.isEmpty() || units.isEmpty()) {
            return result;
        }
        int year = period.year();
        java.util.Set<Long> pathIds = new java.util.TreeSet<>();
        units.forEach(u -> pathIds.addAll(u.pathIds()));
        // code → unit id → row, for targets of the unit itself and of areas (the unit itself included)
        Map<String, Map<Long, Map<String, Object>>> own = new HashMap<>();
        Map<String, Map<Long, Map<String, Object>>> below = new HashMap<>();
        List<Object> args = new ArrayList<>(codes);
        args.add(year);
        jdbc.queryForList("select t.indicator_code, t.unit_id, t.applies_to, t.target, t.comparison, t.source, u.code "
                + "from unit_target t join administrative_unit u on u.id = t.unit_id where t.indicator_code in ("
                + String.join(",", java.util.Collections.nCopies(codes.size(), "?")) + ") and t.target_year = ? "
                + "and t.unit_id in (" + String.join(",", pathIds.stream().map(String::valueOf).toList()) + ")",
                args.toArray()).forEach(row -> {
                    long id = ((Number) row.get("UNIT_ID")).longValue();
                    ("unit".equals(row.get("APPLIES_TO")) ? own : below)
                            .computeIfAbsent((String) row.get("INDICATOR_CODE"), k -> new HashMap<>()).put(id, row);
                });
        Map<String, List<NationalTarget>> national = indicators.nationalTargets(year);
        for (UnitSummary unit : units) {
            List<Long> path = unit.pathIds();
            boolean province = unit.parentId() == null;
            Map<String, Target> targets = new HashMap<>();
            for (String code : codes) {
                IndicatorSummary indicator = catalogue.get(code);
                Map<Long, Map<String, Object>> ownRows = own.getOrDefault(code, Map.of());
                Map<Long, Map<String, Object>> belowRows = below.getOrDefault(code, Map.of());
                Map<String, Object> row = ownRows.get(unit.id());
                if (row == null) {
                    row = belowRows.get(unit.id());
                }
                Target.Origin origin = row == null ? Target.Origin.AREA : Target.Origin.UNIT;
                for (int i = path.size() - 2; row == null && i >= 0; i--) {
                    row = belowRows.get(path.get(i));
                }
                if (row != null) {
                    BigDecimal yearly = (BigDecimal) row.get("TARGET");
                    targets.put(code, new Target(code, year, prorated(indicator, yearly, period), Amounts.plain(yearly),
                            TargetComparison.fromCode((String) row.get("COMPARISON")), origin, (String) row.get("CODE"),
                            (String) row.get("SOURCE")));
                    continue;
                }
                national.getOrDefault(code, List.of()).stream()
                        .filter(t -> t.scope() == TargetScope.ALL || province).findFirst()
                        .ifPresent(t -> targets.put(code, national(indicator, t, period)));
            }
            result.put(unit.id(), targets);
        }
        return result;
    }

    /** The value's status against the target that applies, or null without a value or a target. */
    public @Nullable TargetCheck check(String indicatorCode, long unitId, ReportingPeriod period,
            @Nullable BigDecimal value) {
        return targetFor(indicatorCode, unitId, period).map(t -> TargetCheck.of(value, t.value(), t.comparison()))
                .orElse(null);
    }

    private Target national(IndicatorSummary indicator, NationalTarget target, ReportingPeriod period) {
        return new Target(indicator.code(), target.year(), prorated(indicator, target.target(), period),
                Amounts.plain(target.target()), target.comparison(), Target.Origin.NATIONAL, null, target.source());
    }

    /** A flow's yearly target for a shorter period: × months / 12. */
    static BigDecimal prorated(IndicatorSummary indicator, BigDecimal yearly, ReportingPeriod period) {
        if (indicator.valueType() == ValueType.COUNT && indicator.aggTime() == TimeAggregation.SUM_OF_FLOWS
                && period.monthCount() < 12) {
            return Amounts.plain(yearly.multiply(BigDecimal.valueOf(period.monthCount())).divide(TWELVE, 2,
                    RoundingMode.HALF_UP));
        }
        return Amounts.plain(yearly);
    }

    /** The stored targets, filtered by whichever of indicator, unit code and year are given. */
    public List<UnitTarget> list(@Nullable String indicator, @Nullable String unitCode, @Nullable Integer year) {
        StringBuilder sql = new StringBuilder("select t.indicator_code, u.code, u.name, t.target_year, t.applies_to, "
                + "t.target, t.comparison, t.source, t.set_by from unit_target t join administrative_unit u "
                + "on u.id = t.unit_id where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (indicator != null && !indicator.isBlank()) {
            sql.append(" and t.indicator_code = ?");
            args.add(indicator.strip());
        }
        if (unitCode != null && !unitCode.isBlank()) {
            sql.append(" and u.code = ?");
            args.add(unitCode.strip());
        }
        if (year != null) {
            sql.append(" and t.target_year = ?");
            args.add(year);
        }
        sql.append(" order by t.indicator_code, t.target_year, u.path, t.applies_to");
        return jdbc.query(sql.toString(), (rs, n) -> new UnitTarget(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getInt(4), rs.getString(5), Amounts.plain(rs.getBigDecimal(6)), rs.getString(7), rs.getString(8),
                rs.getString(9)), args.toArray());
    }

    /**
     * Loads targets from a CSV or XLSX file with the columns of targets.csv plus {@code unit_code} and
     * {@code applies_to}: all rows or none.
     *
     * @throws ApiException 422 {@code invalid_targets} with a problem per row and column, 413/415 for the file
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public ImportResult importFile(String fileName, byte[] content, Locale locale) {
        if (content.length > MAX_BYTES) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "too_large",
                    messages.get(locale, "targets.import.too-large", MAX_BYTES / (1024 * 1024)));
        }
        Spreadsheet spreadsheet;
        try {
            spreadsheet = reader.read(fileName, content);
        } catch (SpreadsheetRejectedException e) {
            throw new ApiException(e.reason() == SpreadsheetRejectedException.Reason.TOO_LARGE
                    ? HttpStatus.CONTENT_TOO_LARGE : e.reason() == SpreadsheetRejectedException.Reason.UNREADABLE
                            ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "invalid_file", messages.get(locale, "targets.import.unreadable", fileName));
        }
        Spreadsheet.Sheet sheet = spreadsheet.sheets().stream().filter(s -> !s.rows().isEmpty()).findFirst()
                .orElseThrow(() -> invalid(locale, List.of(new RowProblem(1, "",
                        messages.get(locale, "targets.import.empty")))));
        Map<String, Integer> columns = header(sheet.rows().getFirst());
        List<RowProblem> problems = new ArrayList<>();
        for (String required : List.of("indicator_code", "year", "unit_code", "target")) {
            if (!columns.containsKey(required)) {
                problems.add(new RowProblem(sheet.rows().getFirst().number(), required,
                        messages.get(locale, "targets.import.missing-column", required)));
            }
        }
        if (!problems.isEmpty()) {
            throw invalid(locale, problems);
        }
        record Parsed(String indicator, long unitId, int year, String appliesTo, BigDecimal target, String comparison,
                @Nullable String source) {
        }
        List<Parsed> parsed = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Spreadsheet.Row row : sheet.rows().subList(1, sheet.rows().size())) {
            int number = row.number();
            String code = text(row, columns, "indicator_code");
            String yearText = text(row, columns, "year");
            String unitCode = text(row, columns, "unit_code");
            String targetText = text(row, columns, "target");
            if (code.isEmpty() && yearText.isEmpty() && unitCode.isEmpty() && targetText.isEmpty()) {
                continue;
            }
            int before = problems.size();
            IndicatorSummary indicator = indicators.catalogue().stream().filter(i -> i.code().equals(code))
                    .findFirst().orElse(null);
            if (indicator == null) {
                problems.add(new RowProblem(number, "indicator_code",
                        messages.get(locale, "targets.import.indicator-unknown", code)));
            }
            Integer year = null;
            try {
                year = Integer.parseInt(yearText);
                if (year < ReportingPeriod.MIN_YEAR || year > ReportingPeriod.MAX_YEAR) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(new RowProblem(number, "year", messages.get(locale, "targets.import.year", yearText)));
            }
            UnitSummary unit = null;
            if (year != null) {
                java.time.LocalDate end = java.time.LocalDate.of(year, 12, 31);
                java.time.LocalDate start = java.time.LocalDate.of(year, 1, 1);
                unit = hierarchy.findInForce(unitCode, end).or(() -> hierarchy.findInForce(unitCode, start))
                        .orElse(null);
                if (unit == null) {
                    problems.add(new RowProblem(number, "unit_code",
                            messages.get(locale, "targets.import.unit-unknown", unitCode, year)));
                }
            }
            BigDecimal target = null;
            Spreadsheet.Cell targetCell = cell(row, columns, "target");
            switch (ReportValueParser.parse(targetText, ReportValueParser.Kind.NUMBER,
                    targetCell != null && targetCell.numeric())) {
                case ReportValueParser.Value value -> target = value.number();
                default -> problems.add(new RowProblem(number, "target",
                        messages.get(locale, "targets.import.target", targetText)));
            }
            String appliesTo = text(row, columns, "applies_to").toLowerCase(Locale.ROOT);
            if (appliesTo.isEmpty()) {
                appliesTo = "unit";
            }
            if (!appliesTo.equals("unit") && !appliesTo.equals("below")) {
                problems.add(new RowProblem(number, "applies_to",
                        messages.get(locale, "targets.import.applies-to", appliesTo)));
            }
            String comparison = text(row, columns, "comparison").toLowerCase(Locale.ROOT);
            if (comparison.isEmpty() && indicator != null) {
                comparison = indicator.direction() == vn.dti.dashboard.indicators.Direction.LOWER_IS_BETTER
                        ? "at_most" : "at_least";
            }
            // An unknown indicator has no default comparison; its code is the row's problem already.
            if (!comparison.equals("at_least") && !comparison.equals("at_most") && !comparison.isEmpty()) {
                problems.add(new RowProblem(number, "comparison",
                        messages.get(locale, "targets.import.comparison", comparison)));
            }
            if (problems.size() > before || indicator == null || unit == null || year == null || target == null) {
                continue;
            }
            String key = code + "/" + unit.id() + "/" + year + "/" + appliesTo;
            Integer first = seen.putIfAbsent(key, number);
            if (first != null) {
                problems.add(new RowProblem(number, "unit_code",
                        messages.get(locale, "targets.import.duplicate", first)));
                continue;
            }
            String source = text(row, columns, "source");
            parsed.add(new Parsed(code, unit.id(), year, appliesTo, target, comparison, source.isEmpty() ? null : source));
        }
        if (!problems.isEmpty()) {
            throw invalid(locale, problems);
        }
        if (parsed.isEmpty()) {
            throw invalid(locale, List.of(new RowProblem(1, "", messages.get(locale, "targets.import.empty"))));
        }
        String user = security.getContext().getAuthentication() == null ? "?"
                : security.getContext().getAuthentication().getName();
        OffsetDateTime now = OffsetDateTime.now(clock);
        int created = 0;
        int updated = 0;
        for (Parsed p : parsed) {
            int changed = jdbc.update("update unit_target set target = ?, comparison = ?, source = ?, set_by = ?, "
                    + "set_at = ? where indicator_code = ? and unit_id = ? and target_year = ? and applies_to = ?",
                    p.target(), p.comparison(), p.source(), user, now, p.indicator(), p.unitId(), p.year(), p.appliesTo());
            if (changed == 0) {
                jdbc.update("insert into unit_target (indicator_code, unit_id, target_year, applies_to, target, "
                        + "comparison, source, set_by, set_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", p.indicator(),
                        p.unitId(), p.year(), p.appliesTo(), p.target(), p.comparison(), p.source(), user, now);
                created++;
            } else {
                updated++;
            }
        }
        events.publishEvent(new TargetsChanged(user, TargetsChanged.IMPORTED, fileName,
                "created " + created + ", updated " + updated + ": " + parsed.stream().map(p -> p.indicator() + " "
                        + p.year() + " = " + Amounts.plain(p.target()).toPlainString()).limit(20).toList()));
        return new ImportResult(created, updated);
    }

    /**
     * Sets one target (the administration view's editing grid): the same checks and messages as a file of one
     * row, so a wrong value is refused with the column it concerns.
     *
     * @throws ApiException 422 {@code invalid_targets} with the problem
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public ImportResult save(UnitTarget target, Locale locale) {
        String csv = "indicator_code,year,unit_code,applies_to,target,comparison,source\n"
                + String.join(",", List.of(quoted(target.indicator()), String.valueOf(target.year()),
                        quoted(target.unitCode()), quoted(target.appliesTo()),
                        // the file's notation is Vietnamese: 55,5 (a point would be a thousands separator)
                        quoted(target.target().toPlainString().replace('.', ',')),
                        quoted(target.comparison()), quoted(target.source() == null ? "" : target.source())))
                + "\n";
        return importFile(target.indicator() + "/" + target.unitCode() + "/" + target.year() + ".csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), locale);
    }

    /** Removes a unit's target; the next applicable one (an area's, the national one) applies again. */
    @RolesAllowed("ADMIN")
    @Transactional
    public boolean delete(String indicator, String unitCode, int year, String appliesTo) {
        String user = security.getContext().getAuthentication() == null ? "?"
                : security.getContext().getAuthentication().getName();
        int deleted = jdbc.update("delete from unit_target where indicator_code = ? and target_year = ? and applies_to = ? "
                + "and unit_id in (select id from administrative_unit where code = ?)", indicator, year, appliesTo,
                unitCode);
        if (deleted > 0) {
            events.publishEvent(new TargetsChanged(user, TargetsChanged.DELETED,
                    indicator + "/" + unitCode + "/" + year + "/" + appliesTo, deleted + " deleted"));
        }
        return deleted > 0;
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private ApiException invalid(Locale locale, List<RowProblem> problems) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid_targets",
                messages.get(locale, "targets.import.invalid", problems.size()), problems);
    }

    /** Header names in English (as in targets.csv) or Vietnamese. */
    private static Map<String, Integer> header(Spreadsheet.Row row) {
        Map<String, Integer> columns = new HashMap<>();
        for (Spreadsheet.Cell cell : row.cells()) {
            String name = vn.dti.dashboard.shared.SearchText.fold(cell.text()).strip().replace(' ', '_');
            String key = switch (name) {
                case "indicator_code", "ma_chi_tieu" -> "indicator_code";
                case "year", "nam" -> "year";
                case "unit_code", "ma_don_vi" -> "unit_code";
                case "applies_to", "ap_dung" -> "applies_to";
                case "target", "muc_tieu" -> "target";
                case "comparison", "so_sanh" -> "comparison";
                case "source", "nguon" -> "source";
                default -> null;
            };
            if (key != null) {
                columns.putIfAbsent(key, cell.column());
            }
        }
        return columns;
    }

    private static Spreadsheet.@Nullable Cell cell(Spreadsheet.Row row, Map<String, Integer> columns, String name) {
        Integer column = columns.get(name);
        return column == null ? null : row.cells().stream().filter(c -> c.column() == column).findFirst().orElse(null);
    }

    private static String text(Spreadsheet.Row row, Map<String, Integer> columns, String name) {
        Spreadsheet.Cell cell = cell(row, columns, name);
        return cell == null ? "" : cell.text().strip();
    }
}
