package vn.dti.dashboard.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dti.dashboard.hierarchy.UnitSummary;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.indicators.TimeAggregation;
import vn.dti.dashboard.indicators.UnitLevel;
import vn.dti.dashboard.indicators.ValueType;
import vn.dti.dashboard.reporting.ReportValueParser.Kind;
import vn.dti.dashboard.reporting.workbook.ReportDraft;
import vn.dti.dashboard.shared.Amounts;
import vn.dti.dashboard.shared.period.ReportingPeriod;

/**
 * Checks read reports against the hierarchy, the catalogue, the calendar, the locks and the unit's own
 * history, and collects every problem in one pass, so an official fixes the workbook once rather than
 * once per upload. Errors refuse the whole file; warnings are stored with it.
 */
@Component
class SubmissionChecker {

    static final String PERIOD_MISSING = "reporting.check.period-missing";
    static final String PERIOD_NOT_MONTH = "reporting.check.period-not-month";
    static final String PERIOD_CONFLICT = "reporting.check.period-conflict";
    static final String PERIOD_INVALID = "reporting.check.period-invalid";
    static final String PERIOD_FUTURE = "reporting.check.period-future";
    static final String PERIOD_LOCKED = "reporting.check.period-locked";
    static final String UNIT_MISSING = "reporting.check.unit-missing";
    static final String UNIT_UNKNOWN = "reporting.check.unit-unknown";
    static final String UNIT_NOT_IN_FORCE = "reporting.check.unit-not-in-force";
    static final String UNIT_AMBIGUOUS = "reporting.check.unit-ambiguous";
    static final String UNIT_CONFLICT = "reporting.check.unit-conflict";
    static final String UNIT_TWICE = "reporting.check.unit-twice";
    static final String UNIT_FORBIDDEN = "reporting.check.unit-forbidden";
    static final String NO_VALUES = "reporting.check.no-values";
    static final String INDICATOR_UNKNOWN = "reporting.check.indicator-unknown";
    static final String INDICATOR_NOT_FOR_LEVEL = "reporting.check.indicator-not-for-level";
    static final String INDICATOR_RETIRED = "reporting.check.indicator-retired";
    static final String NUMERATOR_ABOVE_DENOMINATOR = "reporting.check.numerator-above-denominator";
    static final String UNUSUAL = "reporting.check.unusual";
    static final String STOCK_DECREASED = "reporting.check.stock-decreased";

    /** Every key this class can produce, for the check that both languages have them. */
    static final Set<String> MESSAGE_KEYS = Set.of(PERIOD_MISSING, PERIOD_NOT_MONTH, PERIOD_CONFLICT, PERIOD_INVALID,
            PERIOD_FUTURE, PERIOD_LOCKED, UNIT_MISSING, UNIT_UNKNOWN, UNIT_NOT_IN_FORCE, UNIT_AMBIGUOUS,
            UNIT_CONFLICT, UNIT_TWICE, UNIT_FORBIDDEN, NO_VALUES, INDICATOR_UNKNOWN, INDICATOR_NOT_FOR_LEVEL,
            NUMERATOR_ABOVE_DENOMINATOR, UNUSUAL, STOCK_DECREASED);

    /** How many earlier months the "unusual value" warning compares with, and how many it needs. */
    private static final int HISTORY_MONTHS = 6;
    private static final int HISTORY_MINIMUM = 3;
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final BigDecimal THREE = BigDecimal.valueOf(3);

    private final UnitResolver units;
    private final ReportingCatalogue catalogue;
    private final PeriodLockRepository locks;
    private final SubmissionHistory history;
    private final Clock clock;

    SubmissionChecker(UnitResolver units, ReportingCatalogue catalogue,
            PeriodLockRepository locks, SubmissionHistory history, Clock clock) {
        this.units = units;
        this.catalogue = catalogue;
        this.locks = locks;
        this.history = history;
        this.clock = clock;
    }

    /** A value that passed, with the indicator and where it came from (no sheet and cell from the web form). */
    record CheckedValue(IndicatorSummary indicator, BigDecimal number, @Nullable String sheet, @Nullable String cell) {
    }

    /** One unit's report that passed. */
    record CheckedReport(UnitSummary unit, ReportingPeriod period, @Nullable String sheet, List<CheckedValue> values,
            List<ReportIssue> warnings) {
    }

    /**
     * The outcome: the reports, the errors (422), and a refusal that overrides them (403 for a unit outside
     * the submitter's units, 409 for a locked month) with the reports it concerns.
     */
    record Outcome(List<CheckedReport> reports, List<ReportIssue> errors, @Nullable Refusal refusal,
            List<ReportIssue> refusalIssues) {
    }

    /** A report before the checks: from a workbook sheet, a matrix row, or the web form. */
    record Candidate(String sheet, ReportDraft.@Nullable LocatedText unit, ReportDraft.@Nullable LocatedPeriod period,
            List<CandidateValue> values, boolean unreadableCells) {
    }

    record CandidateValue(String indicator, BigDecimal number, @Nullable String sheet, @Nullable String cell) {
    }

    /** @param unreadableCells whether the reader found cells of this sheet it could not read */
    static Candidate candidate(ReportDraft draft, boolean unreadableCells) {
        return new Candidate(draft.sheet(), draft.unit(), draft.period(), draft.values().stream()
                .map(v -> new CandidateValue(v.indicator(), v.number(), draft.sheet(), v.cell())).toList(),
                unreadableCells);
    }

    Outcome check(List<Candidate> candidates, @Nullable String unitField, @Nullable String periodField,
            Submitter submitter, String fileLabel) {
        List<ReportIssue> errors = new ArrayList<>();
        List<ReportIssue> forbidden = new ArrayList<>();
        List<ReportIssue> locked = new ArrayList<>();
        List<CheckedReport> reports = new ArrayList<>();
        ReportingPeriod fieldPeriod = parsePeriodField(periodField, fileLabel, errors);
        Set<String> seen = new HashSet<>();
        // One query each for the locks and, below, for the history of every unit in the file.
        Set<String> lockedMonths = new HashSet<>();
        locks.findAll().forEach(lock -> lockedMonths.add(lock.getPeriod()));
        record Resolved(Candidate candidate, UnitSummary unit, ReportingPeriod period) {
        }
        List<Resolved> resolved = new ArrayList<>();
        for (Candidate candidate : candidates) {
            ReportingPeriod period = period(candidate, fieldPeriod, periodField, errors);
            UnitSummary unit = period == null ? null : unit(candidate, unitField, period, errors);
            if (period == null || unit == null) {
                continue;
            }
            if (!seen.add(unit.id() + "/" + period)) {
                errors.add(ReportIssue.of(candidate.sheet(), cellOf(candidate.unit()), null, UNIT_TWICE, unit.name(),
                        period));
                continue;
            }
            if (!submitter.maySubmitFor(unit)) {
                forbidden.add(ReportIssue.of(candidate.sheet(), cellOf(candidate.unit()), null, UNIT_FORBIDDEN,
                        unit.name()));
                continue;
            }
            if (lockedMonths.contains(period.toString())) {
                locked.add(ReportIssue.of(candidate.sheet(), cellOf(candidate.period()), null, PERIOD_LOCKED,
                        period));
                continue;
            }
            resolved.add(new Resolved(candidate, unit, period));
        }
        if (!forbidden.isEmpty()) {
            return new Outcome(List.of(), errors, Refusal.FORBIDDEN, forbidden);
        }
        if (!locked.isEmpty()) {
            return new Outcome(List.of(), errors, Refusal.PERIOD_LOCKED, locked);
        }
        Set<ReportingPeriod> months = new HashSet<>();
        resolved.forEach(r -> months.addAll(historyMonths(r.period())));
        Map<Long, Map<ReportingPeriod, Map<String, BigDecimal>>> past = history.currentValues(
                resolved.stream().map(r -> r.unit().id()).toList(), months);
        for (Resolved r : resolved) {
            reports.add(checkValues(r.candidate(), r.unit(), r.period(), errors,
                    past.getOrDefault(r.unit().id(), Map.of())));
        }
        return new Outcome(reports, errors, null, List.of());
    }

    private @Nullable ReportingPeriod parsePeriodField(@Nullable String periodField, String fileLabel,
            List<ReportIssue> errors) {
        if (periodField == null || periodField.isBlank()) {
            return null;
        }
        return ReportingPeriod.tryParse(periodField.strip()).orElseGet(() -> {
            errors.add(ReportIssue.of(fileLabel, null, null, PERIOD_INVALID, periodField.strip()));
            return null;
        });
    }

    private @Nullable ReportingPeriod period(Candidate candidate, @Nullable ReportingPeriod fieldPeriod,
            @Nullable String periodField, List<ReportIssue> errors) {
        ReportDraft.LocatedPeriod written = candidate.period();
        ReportingPeriod period;
        String cell = cellOf(written);
        if (written != null) {
            if (written.period() == null) {
                // The reader has already said that it cannot read this text.
                return null;
            }
            period = written.period();
            if (fieldPeriod != null && !fieldPeriod.equals(period)) {
                errors.add(ReportIssue.of(candidate.sheet(), cell, null, PERIOD_CONFLICT, period,
                        fieldPeriod));
                return null;
            }
        } else if (fieldPeriod != null) {
            period = fieldPeriod;
        } else {
            if (periodField == null || periodField.isBlank()) {
                errors.add(ReportIssue.of(candidate.sheet(), null, null, PERIOD_MISSING));
            }
            return null;
        }
        if (!period.isMonth()) {
            errors.add(ReportIssue.of(candidate.sheet(), cell, null, PERIOD_NOT_MONTH, period));
            return null;
        }
        if (period.firstMonth().isAfter(YearMonth.now(clock))) {
            errors.add(ReportIssue.of(candidate.sheet(), cell, null, PERIOD_FUTURE, period));
            return null;
        }
        return period;
    }

    private @Nullable UnitSummary unit(Candidate candidate, @Nullable String unitField, ReportingPeriod period,
            List<ReportIssue> errors) {
        ReportDraft.LocatedText written = candidate.unit();
        String cell = cellOf(written);
        String text = written != null ? written.text() : unitField;
        if (text == null || text.isBlank()) {
            errors.add(ReportIssue.of(candidate.sheet(), null, null, UNIT_MISSING));
            return null;
        }
        UnitSummary unit = resolved(candidate.sheet(), cell, text, period, errors);
        if (unit != null && written != null && unitField != null && !unitField.isBlank()) {
            UnitSummary field = resolved(candidate.sheet(), null, unitField, period, new ArrayList<>());
            if (field != null && field.id() != unit.id()) {
                errors.add(ReportIssue.of(candidate.sheet(), cell, null, UNIT_CONFLICT, unit.name(), field.name()));
                return null;
            }
        }
        return unit;
    }

    private @Nullable UnitSummary resolved(String sheet, @Nullable String cell, String text, ReportingPeriod period,
            List<ReportIssue> errors) {
        return switch (units.resolve(text, period)) {
            case UnitResolver.Found found -> found.unit();
            case UnitResolver.NotFound ignored -> {
                errors.add(ReportIssue.of(sheet, cell, null, UNIT_UNKNOWN, text.strip()));
                yield null;
            }
            case UnitResolver.NotInForce notInForce -> {
                UnitSummary last = notInForce.versions().getLast();
                errors.add(ReportIssue.of(sheet, cell, null, UNIT_NOT_IN_FORCE, last.name(), period,
                        validity(last)));
                yield null;
            }
            case UnitResolver.Ambiguous ambiguous -> {
                errors.add(ReportIssue.of(sheet, cell, null, UNIT_AMBIGUOUS, text.strip(), String.join(", ",
                        ambiguous.candidates().stream().map(u -> u.code() + " (" + u.name() + ")").toList())));
                yield null;
            }
        };
    }

    private static String validity(UnitSummary unit) {
        String from = unit.validFrom() == null ? "…" : unit.validFrom().format(DAY);
        String to = unit.validTo() == null ? "…" : unit.validTo().format(DAY);
        return from + " – " + to;
    }

    private CheckedReport checkValues(Candidate candidate, UnitSummary unit, ReportingPeriod period,
            List<ReportIssue> errors, Map<ReportingPeriod, Map<String, BigDecimal>> past) {
        UnitLevel level = UnitLevel.fromCode(unit.level().code());
        List<CheckedValue> values = new ArrayList<>();
        List<ReportIssue> warnings = new ArrayList<>();
        Map<String, CheckedValue> byCode = new HashMap<>();
        int errorsBefore = errors.size();
        for (CandidateValue value : candidate.values()) {
            IndicatorSummary indicator = catalogue.find(value.indicator()).orElse(null);
            String sheet = value.sheet() == null ? candidate.sheet() : value.sheet();
            if (indicator == null) {
                errors.add(ReportIssue.of(sheet, value.cell(), value.indicator(), INDICATOR_UNKNOWN, value.indicator()));
                continue;
            }
            if (!indicator.active()) {
                // Retired by an administrator: its past values stay, new ones are not taken (docs/decisions/0010).
                errors.add(ReportIssue.of(sheet, value.cell(), indicator.code(), INDICATOR_RETIRED, indicator.code()));
                continue;
            }
            if (!indicator.levels().contains(level)) {
                errors.add(ReportIssue.of(sheet, value.cell(), indicator.code(), INDICATOR_NOT_FOR_LEVEL,
                        indicator, unit.name()));
                continue;
            }
            String problem = rangeProblem(catalogue.kind(indicator), value.number());
            if (problem != null) {
                errors.add(ReportIssue.of(sheet, value.cell(), indicator.code(), problem, value.number()));
                continue;
            }
            CheckedValue checked = new CheckedValue(indicator, value.number(), value.sheet(), value.cell());
            values.add(checked);
            byCode.put(indicator.code(), checked);
        }
        // Every numerator/denominator pair of a percentage, whether or not the report carries the ratio itself.
        for (IndicatorSummary ratio : catalogue.all()) {
            if (!ratio.isRatioOfCounts() || !"percent".equals(ratio.unit())) {
                continue;
            }
            CheckedValue numerator = byCode.get(ratio.numeratorCode());
            CheckedValue denominator = byCode.get(ratio.denominatorCode());
            if (numerator != null && denominator != null && numerator.number().compareTo(denominator.number()) > 0) {
                ReportIssue issue = ReportIssue.of(sheetOf(numerator, candidate), numerator.cell(),
                        numerator.indicator().code(), NUMERATOR_ABOVE_DENOMINATOR, numerator.indicator(),
                        numerator.number(), denominator.indicator(), denominator.number());
                if (!errors.contains(issue)) {
                    errors.add(issue);
                }
            }
        }
        if (values.isEmpty() && errors.size() == errorsBefore && !candidate.unreadableCells()) {
            errors.add(ReportIssue.of(candidate.sheet(), null, null, NO_VALUES, unit.name(), period));
        }
        if (errors.size() == errorsBefore) {
            warnings.addAll(historyWarnings(candidate, period, values, past));
        }
        return new CheckedReport(unit, period, candidate.sheet(), values, warnings);
    }

    private static String sheetOf(CheckedValue value, Candidate candidate) {
        return value.sheet() == null ? candidate.sheet() : value.sheet();
    }

    /** The range problem of a typed number (the workbook reader checks cells the same way), or null. */
    static @Nullable String rangeProblem(Kind kind, BigDecimal number) {
        if (number.signum() < 0) {
            return ReportValueParser.NEGATIVE;
        }
        if (kind == Kind.COUNT && number.stripTrailingZeros().scale() > 0) {
            return ReportValueParser.NOT_WHOLE;
        }
        if (kind == Kind.PERCENT && number.compareTo(BigDecimal.valueOf(100)) > 0) {
            return ReportValueParser.PERCENT_ABOVE_100;
        }
        return null;
    }

    /**
     * Warnings from the unit's own history: a value more than 3× or less than ⅓ of its median over the
     * previous 6 months (with at least 3 of them reported), and a count of a stock that went down.
     */
    private List<ReportIssue> historyWarnings(Candidate candidate, ReportingPeriod period, List<CheckedValue> values,
            Map<ReportingPeriod, Map<String, BigDecimal>> past) {
        List<ReportingPeriod> months = historyMonths(period);
        if (values.isEmpty() || past.isEmpty()) {
            return List.of();
        }
        List<ReportIssue> warnings = new ArrayList<>();
        ReportingPeriod previousMonth = period.previous();
        for (CheckedValue value : values) {
            IndicatorSummary indicator = value.indicator();
            String code = indicator.code();
            String sheet = sheetOf(value, candidate);
            List<BigDecimal> earlier = months.stream().map(m -> past.getOrDefault(m, Map.of()).get(code))
                    .filter(v -> v != null).sorted().toList();
            if (earlier.size() >= HISTORY_MINIMUM) {
                BigDecimal median = median(earlier);
                if (median.signum() > 0 && (value.number().compareTo(median.multiply(THREE)) > 0
                        || value.number().multiply(THREE).compareTo(median) < 0)) {
                    warnings.add(ReportIssue.of(sheet, value.cell(), code, UNUSUAL, indicator,
                            value.number(), median, earlier.size()));
                }
            }
            BigDecimal before = past.getOrDefault(previousMonth, Map.of()).get(code);
            if (before != null && indicator.valueType() == ValueType.COUNT
                    && indicator.aggTime() == TimeAggregation.LAST_VALUE_FOR_STOCKS
                    && value.number().compareTo(before) < 0) {
                warnings.add(ReportIssue.of(sheet, value.cell(), code, STOCK_DECREASED, indicator,
                        value.number(), before, previousMonth));
            }
        }
        return warnings;
    }

    /** The months the warnings compare with: the 6 before the report's month, newest first. */
    private static List<ReportingPeriod> historyMonths(ReportingPeriod period) {
        List<ReportingPeriod> months = new ArrayList<>();
        ReportingPeriod month = period;
        for (int i = 0; i < HISTORY_MONTHS; i++) {
            month = month.previous();
            months.add(month);
        }
        return months;
    }

    private static BigDecimal median(List<BigDecimal> sorted) {
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return Amounts.plain(sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.TWO, 6,
                RoundingMode.HALF_UP));
    }

    private static @Nullable String cellOf(ReportDraft.@Nullable LocatedText text) {
        return text == null ? null : text.cell();
    }

    private static @Nullable String cellOf(ReportDraft.@Nullable LocatedPeriod period) {
        return period == null ? null : period.cell();
    }
}
