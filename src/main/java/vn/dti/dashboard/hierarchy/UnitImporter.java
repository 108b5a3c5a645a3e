package vn.dti.dashboard.hierarchy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * Validates a whole units file against itself and the stored hierarchy, then writes it, or writes
 * nothing and reports every bad row. A row is matched to a stored unit by code and start of validity
 * (a unit's identity); otherwise it creates a new unit version. Parents and successors are given by
 * code and resolved to the unit in force at the right date: the parent in force on the row's first
 * day, the successor in force on the day after the row's last day.
 */
@Component
class UnitImporter {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SUCCESSOR_SEPARATOR = Pattern.compile("[|;]");
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final AdministrativeUnitRepository units;
    private final ApplicationEventPublisher events;

    UnitImporter(AdministrativeUnitRepository units, ApplicationEventPublisher events) {
        this.units = units;
        this.events = events;
    }

    /** A unit as the import sees it: a stored unit (maybe changed by a row) or a new one from a row. */
    private static final class Node {
        final @Nullable AdministrativeUnit stored;
        @Nullable UnitRow row;
        String code;
        String name;
        UnitLevel level;
        @Nullable LocalDate from;
        @Nullable LocalDate to;
        @Nullable Node parent;
        @Nullable List<String> successorCodes;
        final List<Node> successors = new ArrayList<>();

        Node(@Nullable AdministrativeUnit stored, String code, String name, UnitLevel level,
                @Nullable LocalDate from, @Nullable LocalDate to) {
            this.stored = stored;
            this.code = code;
            this.name = name;
            this.level = level;
            this.from = from;
            this.to = to;
        }

        boolean inForceOn(LocalDate date) {
            return (from == null || !from.isAfter(date)) && (to == null || !to.isBefore(date));
        }

        /** Whether this node is in force on every day of [start, end] (nulls = open). */
        boolean covers(@Nullable LocalDate start, @Nullable LocalDate end) {
            boolean startCovered = from == null || (start != null && !from.isAfter(start));
            boolean endCovered = to == null || (end != null && !to.isBefore(end));
            return startCovered && endCovered;
        }

        boolean overlaps(Node other) {
            boolean thisEndsBefore = to != null && other.from != null && to.isBefore(other.from);
            boolean otherEndsBefore = other.to != null && from != null && other.to.isBefore(from);
            return !thisEndsBefore && !otherEndsBefore;
        }

        int rowNumber() {
            return row == null ? 0 : row.row();
        }
    }

    private final class Run {
        final List<UnitImportProblem> problems = new ArrayList<>();
        final Map<String, List<Node>> byCode = new HashMap<>();
        /**
         * Stored units by id. Not by entity identity: a parent or successor reached through an
         * association can be a lazy Hibernate proxy, a different object than the loaded entity.
         */
        final Map<Long, Node> byStored = new HashMap<>();
        final List<Node> rowNodes = new ArrayList<>();
        /** Codes of rows too broken to become units: references to them are not reported again. */
        final Set<String> brokenCodes = new HashSet<>();

        void problem(UnitRow row, String field, String key, Object... args) {
            problems.add(new UnitImportProblem(row.row(), row.code(), field, key, Arrays.asList(args)));
        }
    }

    @Transactional
    UnitImportResult importRows(List<UnitRow> rows) {
        Run run = new Run();
        List<AdministrativeUnit> stored = units.findAllWithSuccessors();
        for (AdministrativeUnit unit : stored) {
            Node node = new Node(unit, unit.getCode(), unit.getName(), unit.getLevel(), unit.getValidFrom(),
                    unit.getValidTo());
            run.byStored.put(unit.id(), node);
            run.byCode.computeIfAbsent(node.code, c -> new ArrayList<>()).add(node);
        }
        for (AdministrativeUnit unit : stored) {
            Node node = run.byStored.get(unit.id());
            AdministrativeUnit parent = unit.getParent();
            node.parent = parent == null ? null : run.byStored.get(parent.id());
            unit.getSuccessors().forEach(s -> node.successors.add(run.byStored.get(s.id())));
        }

        List<Node> parsed = new ArrayList<>();
        for (UnitRow row : rows) {
            Node node = parse(run, row);
            if (node != null) {
                parsed.add(node);
            }
        }
        for (Node node : parsed) {
            placeRow(run, node);
        }
        for (Node node : run.rowNodes) {
            resolveParent(run, node);
        }
        checkCycles(run);
        checkChildrenStillCovered(run);
        for (Node node : run.rowNodes) {
            resolveSuccessors(run, node);
        }
        if (!run.problems.isEmpty()) {
            List<UnitImportProblem> sorted = new ArrayList<>(run.problems);
            sorted.sort(Comparator.comparingInt(UnitImportProblem::row));
            throw new InvalidUnitRowsException(sorted);
        }
        return write(run);
    }

    /** Raised with every bad row; the service turns it into the API's 422 answer. */
    static final class InvalidUnitRowsException extends RuntimeException {
        final List<UnitImportProblem> problems;

        InvalidUnitRowsException(List<UnitImportProblem> problems) {
            super(problems.size() + " invalid rows", null, false, false);
            this.problems = problems;
        }
    }

    private @Nullable Node parse(Run run, UnitRow row) {
        boolean ok = true;
        if (row.code().isBlank()) {
            run.problem(row, "code", "hierarchy.import.error.missing-code");
            ok = false;
        }
        if (row.name().isBlank()) {
            run.problem(row, "name", "hierarchy.import.error.missing-name");
            ok = false;
        }
        UnitLevel level = UnitLevel.fromCode(row.level()).orElse(null);
        if (level == null) {
            run.problem(row, "level", "hierarchy.import.error.unknown-level", row.level());
            ok = false;
        }
        LocalDate from = null;
        LocalDate to = null;
        try {
            from = parseDate(row.validFrom());
        } catch (DateTimeParseException e) {
            run.problem(row, "valid_from", "hierarchy.import.error.bad-date", row.validFrom());
            ok = false;
        }
        try {
            to = parseDate(row.validTo());
        } catch (DateTimeParseException e) {
            run.problem(row, "valid_to", "hierarchy.import.error.bad-date", row.validTo());
            ok = false;
        }
        if (from != null && to != null && to.isBefore(from)) {
            run.problem(row, "valid_to", "hierarchy.import.error.ends-before-start", row.validTo(), row.validFrom());
            ok = false;
        }
        if (!ok || level == null) {
            if (!row.code().isBlank()) {
                run.brokenCodes.add(row.code().strip());
            }
            return null;
        }
        Node node = new Node(null, normalizeCode(row.code(), level), row.name().strip(), level, from, to);
        node.row = row;
        return node;
    }

    /** Matches a parsed row to the stored unit it updates, or adds it as a new unit; finds duplicates. */
    private void placeRow(Run run, Node parsed) {
        UnitRow row = Objects.requireNonNull(parsed.row);
        List<Node> sameCode = run.byCode.computeIfAbsent(parsed.code, c -> new ArrayList<>());
        Node target = sameCode.stream()
                .filter(n -> n.stored != null && n.row == null && Objects.equals(n.from, parsed.from))
                .findFirst().orElse(null);
        Node node;
        if (target != null) {
            target.row = row;
            target.name = parsed.name;
            target.level = parsed.level;
            if (row.validTo() != null) {
                target.to = parsed.to;
            }
            node = target;
        } else {
            node = parsed;
        }
        for (Node other : sameCode) {
            if (other != node && other.overlaps(node)) {
                if (other.row != null) {
                    run.problem(row, "code", "hierarchy.import.error.duplicate-in-file", node.code,
                            other.rowNumber());
                } else {
                    run.problem(row, "code", "hierarchy.import.error.duplicate", node.code, other.name,
                            dateText(other.from), dateText(other.to));
                }
                return;
            }
        }
        if (target == null) {
            sameCode.add(node);
        }
        run.rowNodes.add(node);
    }

    private void resolveParent(Run run, Node node) {
        UnitRow row = Objects.requireNonNull(node.row);
        String parentCode = row.parentCode().strip();
        if (node.level == UnitLevel.PROVINCE) {
            if (!parentCode.isEmpty()) {
                run.problem(row, "parent_code", "hierarchy.import.error.province-with-parent", parentCode);
            }
            node.parent = null;
            return;
        }
        if (parentCode.isEmpty()) {
            run.problem(row, "parent_code", "hierarchy.import.error.missing-parent", node.level.code());
            return;
        }
        List<Node> candidates = candidatesFor(run, parentCode);
        if (candidates.isEmpty()) {
            if (!run.brokenCodes.contains(parentCode)) {
                run.problem(row, "parent_code", "hierarchy.import.error.unknown-parent", parentCode);
            }
            return;
        }
        Node parent = candidates.stream().filter(p -> node.from == null ? p.from == null : p.inForceOn(node.from))
                .findFirst().orElse(null);
        if (parent == null) {
            run.problem(row, "parent_code", "hierarchy.import.error.parent-not-in-force", parentCode,
                    dateText(node.from));
            return;
        }
        if (parent != node && !node.level.allowedParents().contains(parent.level)) {
            run.problem(row, "parent_code", "hierarchy.import.error.parent-level", parentCode,
                    parent.level.code(), node.level.code());
        }
        if (!parent.covers(node.from, node.to)) {
            run.problem(row, "valid_to", "hierarchy.import.error.outlives-parent", parentCode, dateText(parent.to));
        }
        node.parent = parent;
    }

    /**
     * Reports every row that lies on a cycle of parents, then cuts those links so that later walks up
     * the tree end. Detection first, cutting second: cutting early would hide the cycle from the other
     * rows on it.
     */
    private void checkCycles(Run run) {
        List<Node> onCycle = new ArrayList<>();
        for (Node node : run.rowNodes) {
            Set<Node> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (Node current = node.parent; current != null && seen.add(current); current = current.parent) {
                if (current == node) {
                    onCycle.add(node);
                    break;
                }
            }
        }
        for (Node node : onCycle) {
            UnitRow row = Objects.requireNonNull(node.row);
            run.problem(row, "parent_code", "hierarchy.import.error.cycle", row.parentCode());
        }
        onCycle.forEach(node -> node.parent = null);
    }

    /** A row that shortens a unit's validity must not leave stored units below it without a parent. */
    private void checkChildrenStillCovered(Run run) {
        for (Node child : run.byStored.values()) {
            Node parent = child.parent;
            if (child.row == null && parent != null && parent.row != null && !parent.covers(child.from, child.to)) {
                run.problem(parent.row, "valid_to", "hierarchy.import.error.orphans-child", child.code, child.name);
            }
        }
    }

    private void resolveSuccessors(Run run, Node node) {
        UnitRow row = Objects.requireNonNull(node.row);
        if (row.successorCode() == null) {
            return; // the file has no successor column: keep what is stored
        }
        List<String> codes = SUCCESSOR_SEPARATOR.splitAsStream(row.successorCode()).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        node.successorCodes = codes;
        node.successors.clear();
        if (codes.isEmpty()) {
            return;
        }
        if (node.to == null) {
            run.problem(row, "successor_code", "hierarchy.import.error.successor-without-end");
            return;
        }
        LocalDate dayAfter = node.to.plusDays(1);
        for (String code : codes) {
            Node successor = candidatesFor(run, code).stream().filter(s -> s.inForceOn(dayAfter)).findFirst()
                    .orElse(null);
            if (successor == null) {
                if (!run.brokenCodes.contains(code)) {
                    run.problem(row, "successor_code", "hierarchy.import.error.unknown-successor", code,
                            dateText(dayAfter));
                }
            } else {
                node.successors.add(successor);
            }
        }
    }

    /**
     * Units with this code. Excel drops leading zeros of codes typed as numbers (08707 becomes 8707),
     * so a numeric code that is not found is retried with the official lengths: province 2, district 3,
     * commune 5 digits.
     */
    private static List<Node> candidatesFor(Run run, String code) {
        List<Node> exact = run.byCode.getOrDefault(code, List.of());
        if (!exact.isEmpty() || !DIGITS.matcher(code).matches()) {
            return exact;
        }
        for (int length : new int[] {2, 3, 5}) {
            if (code.length() < length) {
                List<Node> padded = run.byCode.getOrDefault("0".repeat(length - code.length()) + code, List.of());
                if (!padded.isEmpty()) {
                    return padded;
                }
            }
        }
        return List.of();
    }

    static String normalizeCode(String code, UnitLevel level) {
        String stripped = code.strip();
        int officialLength = switch (level) {
            case PROVINCE -> 2;
            case DISTRICT -> 3;
            case COMMUNE -> 5;
            case DEPARTMENT -> 0;
        };
        if (DIGITS.matcher(stripped).matches() && stripped.length() < officialLength) {
            return "0".repeat(officialLength - stripped.length()) + stripped;
        }
        return stripped;
    }

    static @Nullable LocalDate parseDate(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.contains("/")) {
            return LocalDate.parse(value, VIETNAMESE_DATE);
        }
        return LocalDate.parse(value);
    }

    private static String dateText(@Nullable LocalDate date) {
        return date == null ? "—" : date.toString();
    }

    private UnitImportResult write(Run run) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        Map<Node, AdministrativeUnit> entities = new IdentityHashMap<>();
        run.byStored.values().forEach(node -> entities.put(node, Objects.requireNonNull(node.stored)));
        for (Node node : run.rowNodes) {
            if (node.stored == null) {
                AdministrativeUnit unit = new AdministrativeUnit(node.code, node.name, node.level, node.from, node.to);
                entities.put(node, units.save(unit));
                created++;
            }
        }
        units.flush(); // ids are needed for the materialised paths
        for (Node node : run.rowNodes) {
            AdministrativeUnit unit = entities.get(node);
            AdministrativeUnit parent = node.parent == null ? null : entities.get(node.parent);
            Set<AdministrativeUnit> successors = new LinkedHashSet<>();
            node.successors.forEach(s -> successors.add(entities.get(s)));
            if (node.stored != null) {
                boolean changed = !unit.getName().equals(node.name) || unit.getLevel() != node.level
                        || !Objects.equals(unit.getValidTo(), node.to) || !Objects.equals(idOf(unit.getParent()),
                        idOf(parent)) || node.successorCodes != null && !ids(unit.getSuccessors()).equals(ids(successors));
                if (changed) {
                    updated++;
                } else {
                    unchanged++;
                }
                unit.setName(node.name);
                unit.setLevel(node.level);
                unit.setValidTo(node.to);
            }
            unit.setParent(parent);
            if (node.successorCodes != null) {
                unit.getSuccessors().clear();
                unit.getSuccessors().addAll(successors);
            }
        }
        recomputePaths(entities.values());
        if (created + updated > 0) {
            events.publishEvent(new HierarchyChanged(created, updated));
        }
        return new UnitImportResult(created, updated, unchanged);
    }

    private static @Nullable Long idOf(@Nullable AdministrativeUnit unit) {
        return unit == null ? null : unit.getId();
    }

    private static Set<Long> ids(Set<AdministrativeUnit> units) {
        Set<Long> ids = new HashSet<>();
        units.forEach(u -> ids.add(u.id()));
        return ids;
    }

    /**
     * Recomputes every unit's materialised path, parents first. A province holds a few thousand units at
     * most, and a changed parent moves a whole subtree, so recomputing all is simpler than tracking moves.
     */
    private static void recomputePaths(Iterable<AdministrativeUnit> all) {
        Set<Long> done = new HashSet<>();
        for (AdministrativeUnit unit : all) {
            place(unit, done);
        }
    }

    private static void place(AdministrativeUnit unit, Set<Long> done) {
        if (done.contains(unit.id())) {
            return;
        }
        AdministrativeUnit parent = unit.getParent();
        if (parent != null) {
            place(parent, done);
        }
        unit.placeUnderParent();
        done.add(unit.id());
    }
}
