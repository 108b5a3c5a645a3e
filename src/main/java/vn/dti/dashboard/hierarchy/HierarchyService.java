package vn.dti.dashboard.hierarchy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dti.dashboard.shared.KeptCopies;
import vn.dti.dashboard.shared.KeptCopy;

/**
 * Reads the hierarchy as it stood on a date. Every question takes the date because the answer changes:
 * on 2024-06-01 Vĩnh Phúc has 9 districts and 136 communes, on 2025-08-01 no districts and 36 communes
 * under Phú Thọ. Returns records, never entities.
 */
@Service
@Transactional(readOnly = true)
public class HierarchyService {

    private final AdministrativeUnitRepository units;
    // Every rolled-up figure, breakdown and scope check asks the hierarchy several times, and only a units
    // import changes it: the whole hierarchy is kept in memory (vn.dti.dashboard.shared.KeptCopies).
    private final KeptCopy<Boolean, HierarchySnapshot> whole;

    HierarchyService(AdministrativeUnitRepository units, KeptCopies copies) {
        this.units = units;
        this.whole = copies.create("hierarchy");
    }

    /**
     * Parents before children (by depth), then districts before departments, communes before their
     * siblings' departments, and by official code within a level: the order of the GSO list. A code reused
     * by a later unit falls back on the path, so that every list of versions has one order.
     */
    static final Comparator<UnitSummary> DISPLAY_ORDER = Comparator.comparingInt(UnitSummary::depth)
            .thenComparing(UnitSummary::level).thenComparing(UnitSummary::code).thenComparing(UnitSummary::path);

    /** All units in force on the date, parents before children, siblings by level and code. */
    public List<UnitSummary> unitsInForce(LocalDate date) {
        HierarchySnapshot kept = kept();
        return kept != null ? kept.inForce(date)
                : summaries(units.findInForce(date)).stream().sorted(DISPLAY_ORDER).toList();
    }

    /** The unit with this official code in force on the date (codes are reused over time). */
    public Optional<UnitSummary> findInForce(String code, LocalDate date) {
        HierarchySnapshot kept = kept();
        return kept != null ? kept.inForce(code.strip(), date)
                : units.findByCodeInForce(code.strip(), date).stream().findFirst()
                        .map(u -> summaries(List.of(u)).getFirst());
    }

    /** Every version of units that carried this code, oldest first (to say when a code was in force). */
    public List<UnitSummary> versionsOf(String code) {
        HierarchySnapshot kept = kept();
        return kept != null ? kept.versionsOf(code.strip()) : summaries(units.findByCode(code.strip()));
    }

    public Optional<UnitSummary> find(long id) {
        HierarchySnapshot kept = kept();
        return kept != null ? kept.find(id) : units.findById(id).map(u -> summaries(List.of(u)).getFirst());
    }

    /** The unit's children in force on the date, by level and code. */
    public List<UnitSummary> children(long unitId, LocalDate date) {
        HierarchySnapshot kept = kept();
        return kept != null ? kept.children(unitId, date)
                : summaries(units.findChildrenInForce(unitId, date)).stream().sorted(DISPLAY_ORDER).toList();
    }

    /** All descendants in force on the date, found by one prefix query on the materialised path. */
    public List<UnitSummary> descendants(long unitId, LocalDate date) {
        HierarchySnapshot kept = kept();
        return kept != null ? kept.descendants(unitId, date)
                : units.findById(unitId).map(u -> summaries(units.findDescendantsInForce(u.getPath(), date)))
                        .orElse(List.of()).stream().sorted(DISPLAY_ORDER).toList();
    }

    /**
     * Every unit version ever below the unit, whatever its validity: for figures over many months, which pick
     * the units in force per month with {@link UnitSummary#inForceOn} instead of asking once per month.
     */
    public List<UnitSummary> descendantsEver(long unitId) {
        HierarchySnapshot kept = kept();
        return kept != null ? kept.below(unitId)
                : units.findById(unitId).map(u -> summaries(units.findAllBelow(u.getPath()))).orElse(List.of())
                        .stream().sorted(DISPLAY_ORDER).toList();
    }

    /**
     * Ids of the unit and of every unit version below it by materialised path, whatever their validity: the
     * units whose reports a scope on this unit covers (one indexed prefix scan).
     */
    public List<Long> unitIdsUnder(long unitId) {
        HierarchySnapshot kept = kept();
        return kept != null ? kept.idsUnder(unitId)
                : units.findById(unitId).map(u -> units.findIdsUnder(u.getPath())).orElse(List.of());
    }

    /** The units that this unit replaced in a merger. */
    public List<UnitRef> predecessors(long unitId) {
        HierarchySnapshot kept = kept();
        return kept != null ? kept.predecessors(unitId)
                : units.findPredecessors(unitId).stream().map(HierarchyService::ref).toList();
    }

    /** The kept hierarchy; null where the tables must be read instead (before serving, in a writing transaction). */
    private @org.jspecify.annotations.Nullable HierarchySnapshot kept() {
        return whole.usable() ? whole.get(Boolean.TRUE, this::load) : null;
    }

    /** Two queries: every version with its parent, and every successor link. */
    private HierarchySnapshot load() {
        return new HierarchySnapshot(summaries(units.findAllWithParents(), units.findAllSuccessorLinks()));
    }

    /** A units import changed the tree, in the transaction that publishes this. */
    @org.springframework.context.event.EventListener
    void on(HierarchyChanged event) {
        whole.changed();
    }

    public boolean isEmpty() {
        return units.count() == 0;
    }

    private static UnitRef ref(AdministrativeUnit unit) {
        return new UnitRef(unit.id(), unit.getCode(), unit.getName());
    }

    private List<UnitSummary> summaries(Collection<AdministrativeUnit> list) {
        return summaries(list, list.isEmpty() ? List.of()
                : units.findSuccessorLinks(list.stream().map(AdministrativeUnit::id).toList()));
    }

    /** Rows of (unit id, successor id, successor code, successor name), by successor code. */
    private static List<UnitSummary> summaries(Collection<AdministrativeUnit> list, List<Object[]> links) {
        Map<Long, List<UnitRef>> successors = new HashMap<>();
        for (Object[] link : links) {
            successors.computeIfAbsent((Long) link[0], k -> new ArrayList<>())
                    .add(new UnitRef((Long) link[1], (String) link[2], (String) link[3]));
        }
        return list.stream().map(u -> {
            AdministrativeUnit parent = u.getParent();
            return new UnitSummary(u.id(), u.getCode(), u.getName(), u.getLevel(),
                    parent == null ? null : parent.id(), parent == null ? null : parent.getCode(),
                    u.getValidFrom(), u.getValidTo(), u.getPath(), u.getDepth(),
                    successors.getOrDefault(u.id(), List.of()));
        }).toList();
    }
}
