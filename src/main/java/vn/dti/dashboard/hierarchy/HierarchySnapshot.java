package vn.dti.dashboard.hierarchy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every unit version with its successors, answered from memory: the same questions as the repository's queries,
 * with the same answers (HierarchyServiceTest compares them on the demo province). A province has a few hundred
 * versions and the whole country about 11,000, so one copy costs a few megabytes and saves the database round
 * trips that every rolled-up figure, breakdown and scope check makes.
 */
final class HierarchySnapshot {

    /** Oldest first: an open start is the oldest, then by start date, then by id (the order of creation). */
    private static final Comparator<UnitSummary> OLDEST_FIRST = Comparator
            .comparing(UnitSummary::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(UnitSummary::id);

    private final List<UnitSummary> all;
    private final Map<Long, UnitSummary> byId = new HashMap<>();
    private final Map<String, List<UnitSummary>> byCode = new HashMap<>();
    private final Map<Long, List<UnitSummary>> childrenOf = new HashMap<>();

    /** Units already summarised (their successors attached), in any order. */
    HierarchySnapshot(Collection<UnitSummary> units) {
        this.all = units.stream().sorted(HierarchyService.DISPLAY_ORDER).toList();
        for (UnitSummary unit : all) {
            byId.put(unit.id(), unit);
            byCode.computeIfAbsent(unit.code(), k -> new ArrayList<>()).add(unit);
            if (unit.parentId() != null) {
                childrenOf.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit);
            }
        }
        byCode.replaceAll((code, versions) -> versions.stream().sorted(OLDEST_FIRST).toList());
        childrenOf.replaceAll((parent, children) -> List.copyOf(children));
    }

    List<UnitSummary> inForce(LocalDate date) {
        return all.stream().filter(u -> u.inForceOn(date)).toList();
    }

    Optional<UnitSummary> inForce(String code, LocalDate date) {
        return versionsOf(code).stream().filter(u -> u.inForceOn(date)).findFirst();
    }

    List<UnitSummary> versionsOf(String code) {
        return byCode.getOrDefault(code, List.of());
    }

    Optional<UnitSummary> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    List<UnitSummary> children(long unitId, LocalDate date) {
        return childrenOf.getOrDefault(unitId, List.of()).stream().filter(u -> u.inForceOn(date)).toList();
    }

    /** Below the unit (not the unit itself), in force on the date. */
    List<UnitSummary> descendants(long unitId, LocalDate date) {
        return below(unitId).stream().filter(u -> u.inForceOn(date)).toList();
    }

    /** Every version below the unit (not the unit itself), whatever its validity. */
    List<UnitSummary> below(long unitId) {
        UnitSummary unit = byId.get(unitId);
        if (unit == null) {
            return List.of();
        }
        return all.stream().filter(u -> u.id() != unitId && u.path().startsWith(unit.path())).toList();
    }

    /** The unit and every version below it. */
    List<Long> idsUnder(long unitId) {
        UnitSummary unit = byId.get(unitId);
        if (unit == null) {
            return List.of();
        }
        return all.stream().filter(u -> u.path().startsWith(unit.path())).map(UnitSummary::id).toList();
    }

    List<UnitRef> predecessors(long unitId) {
        return all.stream().filter(u -> u.successors().stream().anyMatch(s -> s.id() == unitId))
                .sorted(Comparator.comparing(UnitSummary::code).thenComparingLong(UnitSummary::id)).map(u -> new UnitRef(u.id(), u.code(), u.name()))
                .toList();
    }
}
