package vn.dti.dashboard.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads and checks the catalogue files ({@code indicators.csv}, {@code targets.csv}; conventions in
 * their README). Fields hold quoted commas and line breaks, hence a real CSV parser. Every problem is
 * collected with its line number before failing, so one run shows everything that needs fixing.
 */
final class CatalogCsv {

    static final String INDICATORS_RESOURCE = "data-samples/indicators.csv";
    static final String TARGETS_RESOURCE = "data-samples/targets.csv";

    static final List<String> INDICATOR_COLUMNS = List.of("code", "name_vi", "name_en", "pillar", "unit",
            "value_type", "numerator_code", "denominator_code", "agg_units", "agg_time", "levels", "direction",
            "national_target", "target_source", "definition_source", "role", "seed_evidence", "notes");
    static final List<String> TARGET_COLUMNS = List.of("indicator_code", "year", "unit_scope", "target",
            "comparison", "source", "note");

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get();

    /** One row of {@code indicators.csv}, with the line it starts on (for messages). */
    record CatalogEntry(int line, String code, String nameVi, String nameEn, Pillar pillar, String unit,
            ValueType valueType, @Nullable String numeratorCode, @Nullable String denominatorCode,
            UnitAggregation aggUnits, TimeAggregation aggTime, Set<UnitLevel> levels, Direction direction,
            @Nullable String nationalTarget, @Nullable String targetSource, @Nullable String definitionSource,
            IndicatorRole role, @Nullable String seedEvidence, @Nullable String notes) {
    }

    /** One row of {@code targets.csv}. */
    record TargetEntry(int line, String indicatorCode, int year, TargetScope scope, BigDecimal target,
            TargetComparison comparison, @Nullable String source, @Nullable String note) {
    }

    /** Both files, checked against each other. Indicators are in file order (the display order). */
    record Catalog(List<CatalogEntry> indicators, List<TargetEntry> targets) {
    }

    private CatalogCsv() {
    }

    /** The catalogue shipped in the jar; fails with {@link CatalogFileException} if it is broken. */
    static Catalog readShipped() {
        try (Reader indicators = open(INDICATORS_RESOURCE); Reader targets = open(TARGETS_RESOURCE)) {
            return read(indicators, INDICATORS_RESOURCE, targets, TARGETS_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the indicator catalogue from the classpath", e);
        }
    }

    static Catalog read(Reader indicatorsCsv, String indicatorsName, Reader targetsCsv, String targetsName)
            throws IOException {
        List<CatalogEntry> indicators = readIndicators(indicatorsCsv, indicatorsName);
        List<TargetEntry> targets = readTargets(targetsCsv, targetsName, indicators);
        return new Catalog(indicators, targets);
    }

    static List<CatalogEntry> readIndicators(Reader csv, String fileName) throws IOException {
        List<String> problems = new ArrayList<>();
        List<CatalogEntry> entries = readRows(csv, fileName, INDICATOR_COLUMNS, problems, Row::toIndicator);
        checkReferences(entries, problems);
        if (!problems.isEmpty()) {
            throw new CatalogFileException(fileName, problems);
        }
        return List.copyOf(entries);
    }

    static List<TargetEntry> readTargets(Reader csv, String fileName, List<CatalogEntry> indicators)
            throws IOException {
        Set<String> codes = new HashSet<>();
        indicators.forEach(i -> codes.add(i.code()));
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        List<TargetEntry> entries = readRows(csv, fileName, TARGET_COLUMNS, problems, row -> {
            TargetEntry entry = row.toTarget();
            if (entry != null) {
                if (!codes.contains(entry.indicatorCode())) {
                    row.problem("indicator_code " + entry.indicatorCode() + " is not in the catalogue");
                }
                if (!seen.add(entry.indicatorCode() + "/" + entry.year() + "/" + entry.scope().code())) {
                    row.problem("a second target for " + entry.indicatorCode() + ", " + entry.year() + ", "
                            + entry.scope().code());
                }
            }
            return entry;
        });
        if (!problems.isEmpty()) {
            throw new CatalogFileException(fileName, problems);
        }
        return List.copyOf(entries);
    }

    /**
     * Reads the records of one file after checking its header, maps each with {@code toEntry} (which
     * reports its own problems and answers null for a row it cannot use) and keeps the line each record
     * starts on, for messages. A header that does not match stops the reading at once.
     */
    private static <T> List<T> readRows(Reader csv, String fileName, List<String> columns, List<String> problems,
            Function<Row, @Nullable T> toEntry) throws IOException {
        List<T> entries = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(withoutBom(csv))) {
            if (!checkHeader(parser, columns, problems)) {
                throw new CatalogFileException(fileName, problems);
            }
            long lineBefore = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                // The parser reads a record only when asked for it, so the line count just before it is
                // where the previous one ended; records may span several lines.
                int line = (int) lineBefore + 1;
                lineBefore = parser.getCurrentLineNumber();
                Row row = new Row(record, line, problems);
                if (!record.isConsistent()) {
                    row.problem("has " + record.size() + " fields, the header has " + columns.size());
                    continue;
                }
                T entry = toEntry.apply(row);
                if (entry != null) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    /**
     * The rules that make roll-ups possible: codes are unique; a ratio computed as a ratio of sums names
     * a numerator and a denominator; those are count indicators of the catalogue; only ratios name them.
     */
    private static void checkReferences(List<CatalogEntry> entries, List<String> problems) {
        Map<String, CatalogEntry> byCode = new HashMap<>();
        for (CatalogEntry entry : entries) {
            CatalogEntry earlier = byCode.putIfAbsent(entry.code(), entry);
            if (earlier != null) {
                problems.add("line " + entry.line() + ": code " + entry.code() + " is already used on line "
                        + earlier.line());
            }
        }
        for (CatalogEntry entry : entries) {
            String where = "line " + entry.line() + " (" + entry.code() + "): ";
            boolean ratioOfSums = entry.aggUnits() == UnitAggregation.RATIO_OF_SUMS
                    || entry.aggTime() == TimeAggregation.RATIO_OF_SUMS;
            if (ratioOfSums && entry.valueType() != ValueType.RATIO) {
                problems.add(where + "ratio_of_sums is only possible for value_type ratio");
            }
            if (entry.valueType() != ValueType.RATIO
                    && (entry.numeratorCode() != null || entry.denominatorCode() != null)) {
                problems.add(where + "only a ratio names a numerator_code or denominator_code");
            }
            if (ratioOfSums && (entry.numeratorCode() == null || entry.denominatorCode() == null)) {
                problems.add(where + "a ratio of sums needs both numerator_code and denominator_code");
            }
            checkPart(where, "numerator_code", entry.numeratorCode(), entry, byCode, problems);
            checkPart(where, "denominator_code", entry.denominatorCode(), entry, byCode, problems);
            if (entry.numeratorCode() != null && entry.numeratorCode().equals(entry.denominatorCode())) {
                problems.add(where + "numerator_code and denominator_code are the same indicator");
            }
        }
    }

    private static void checkPart(String where, String column, @Nullable String code, CatalogEntry entry,
            Map<String, CatalogEntry> byCode, List<String> problems) {
        if (code == null) {
            return;
        }
        CatalogEntry part = byCode.get(code);
        if (part == null) {
            problems.add(where + column + " " + code + " is not in the catalogue");
        } else if (part.code().equals(entry.code())) {
            problems.add(where + column + " names the indicator itself");
        } else if (part.valueType() != ValueType.COUNT) {
            problems.add(where + column + " " + code + " is a " + part.valueType().code() + ", not a count");
        }
    }

    private static boolean checkHeader(CSVParser parser, List<String> expected, List<String> problems) {
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(parser.getHeaderNames());
        if (!missing.isEmpty()) {
            problems.add("line 1: the header lacks the columns " + missing);
            return false;
        }
        return true;
    }

    private static Reader open(String resource) {
        InputStream stream = CatalogCsv.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new CatalogFileException(resource, List.of("not found on the classpath"));
        }
        return new InputStreamReader(stream, StandardCharsets.UTF_8);
    }

    /** Spreadsheet programs save UTF-8 CSV with a byte-order mark, which would become part of "code". */
    private static Reader withoutBom(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    /** One record being read, collecting problems with its line number instead of stopping at the first. */
    private static final class Row {

        private final CSVRecord record;
        private final int line;
        private final List<String> problems;
        private final String label;
        private boolean broken;

        Row(CSVRecord record, int line, List<String> problems) {
            this.record = record;
            this.line = line;
            this.problems = problems;
            String first = record.size() > 0 ? record.get(0).strip() : "";
            this.label = "line " + line + (first.isEmpty() ? "" : " (" + first + ")") + ": ";
        }

        void problem(String message) {
            problems.add(label + message);
            broken = true;
        }

        @Nullable CatalogEntry toIndicator() {
            String code = required("code");
            if (!code.isEmpty() && !CODE.matcher(code).matches()) {
                problem("code must be upper-case letters, digits and underscores");
            }
            CatalogEntry entry = new CatalogEntry(line, code, required("name_vi"), required("name_en"),
                    term("pillar", Pillar::fromCode), required("unit"), term("value_type", ValueType::fromCode),
                    optional("numerator_code"), optional("denominator_code"),
                    term("agg_units", UnitAggregation::fromCode), term("agg_time", TimeAggregation::fromCode),
                    levels(), term("direction", Direction::fromCode), optional("national_target"),
                    optional("target_source"), optional("definition_source"), term("role", IndicatorRole::fromCode),
                    optional("seed_evidence"), optional("notes"));
            return broken ? null : entry;
        }

        @Nullable TargetEntry toTarget() {
            String code = required("indicator_code");
            int year = 0;
            try {
                year = Integer.parseInt(required("year"));
                if (year < 2000 || year > 2100) {
                    problem("year " + year + " is outside 2000-2100");
                }
            } catch (NumberFormatException e) {
                problem("year '" + record.get("year") + "' is not a year");
            }
            BigDecimal target = BigDecimal.ZERO;
            try {
                target = new BigDecimal(required("target"));
                if (target.signum() < 0) {
                    problem("target " + target + " is negative");
                }
            } catch (NumberFormatException e) {
                problem("target '" + record.get("target") + "' is not a number (use . as decimal mark)");
            }
            TargetEntry entry = new TargetEntry(line, code, year, term("unit_scope", TargetScope::fromCode), target,
                    term("comparison", TargetComparison::fromCode), optional("source"), optional("note"));
            return broken ? null : entry;
        }

        private String required(String column) {
            String value = record.get(column).strip();
            if (value.isEmpty()) {
                problem(column + " is empty");
            }
            return value;
        }

        private @Nullable String optional(String column) {
            String value = record.get(column).strip();
            return value.isEmpty() ? null : value;
        }

        /** A closed-vocabulary value; on a problem returns a placeholder, since the row is dropped anyway. */
        private <E extends Enum<E>> @Nullable E term(String column, Function<String, E> parse) {
            String value = required(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException e) {
                problem(column + ": " + e.getMessage());
                return null;
            }
        }

        private Set<UnitLevel> levels() {
            String value = required("levels");
            Set<UnitLevel> levels = EnumSet.noneOf(UnitLevel.class);
            if (value.isEmpty()) {
                return levels;
            }
            for (String part : value.split("\\|", -1)) {
                try {
                    if (!levels.add(UnitLevel.fromCode(part.strip()))) {
                        problem("levels names " + part.strip() + " twice");
                    }
                } catch (IllegalArgumentException e) {
                    problem("levels: " + e.getMessage());
                }
            }
            return Collections.unmodifiableSet(levels);
        }
    }
}
