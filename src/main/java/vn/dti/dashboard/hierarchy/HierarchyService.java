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

/**
 * Reads the hierarchy as it stood on a date. Every question takes the date because the answer changes:
 * on 2024-06-01 Vĩnh Phúc has 9 districts and 136 communes, on 2025-08-01 no districts and 36 communes
 * under Phú Thọ. Returns records, never entities.
 */
@Service
@Transactional(readOnly = true)
public class HierarchyService {

    private final AdministrativeUnitRepository units;

    HierarchyService(AdministrativeUnitRepository units) {
        this.units = units;
    }

    /**
     * Parents before children (by depth), then districts before departments, communes before their
     * siblings' departments, and by official code within a level: the order of the GSO list.
     */
    static final Comparator<UnitSummary> DISPLAY_ORDER = Comparator.comparingInt(UnitSummary::depth)
            .thenComparing(UnitSummary::level).thenComparing(UnitSummary::code);

    /** All units in force on the date, parents before children, siblings by level and code. */
    public List<UnitSummary> unitsInForce(LocalDate date) {
        return summaries(units.findInForce(date)).stream().sorted(DISPLAY_ORDER).toList();
    }

    /** The unit with this official code in force on the date (codes are reused over time). */
    public Optional<UnitSummary> findInForce(String code, LocalDate date) {
        return units.findByCodeInForce(code.strip(), date).stream().findFirst().map(u -> summaries(List.of(u)).getFirst());
    }

    /** Every version of units that carried this code, oldest first (to say when a code was in force). */
    public List<UnitSummary> versionsOf(String code) {
        return summaries(units.findByCode(code.strip()));
    }

    public Optional<UnitSummary> find(long id) {
        return units.findById(id).map(u -> summaries(List.of(u)).getFirst());
    }

    /** The unit's children in force on the date, by level and code. */
    public List<UnitSummary> children(long unitId, LocalDate date) {
        return summaries(units.findChildrenInForce(unitId, date)).stream().sorted(DISPLAY_ORDER).toList();
    }

    /** All descendants in force on the date, found by one prefix query on the materialised path. */
    public List<UnitSummary> descendants(long unitId, LocalDate date) {
        return units.findById(unitId).map(u -> summaries(units.findDescendantsInForce(u.getPath(), date)))
                .orElse(List.of()).stream().sorted(DISPLAY_ORDER).toList();
    }

    /**
     * Every unit version ever below the unit, whatever its validity, in two queries: for figures over many
     * months, which pick the units in force per month with {@link UnitSummary#inForceOn} instead of asking
     * the database once per month.
     */
    public List<UnitSummary> descendantsEver(long unitId) {
        // Every rolled-up figure counts its expected units from this tree: kept in memory once the app serves,
        // dropped when a units import commits; a writing transaction reads the table (it may be the import).
        boolean cacheable = ready && !vn.dti.dashboard.shared.ReadCache.inWritingTransaction();
        List<UnitSummary> known = cacheable ? below.get(unitId) : null;
        if (known != null) {
            return known;
        }
        long seen = generation.get();
        List<UnitSummary> loaded = units.findById(unitId).map(u -> summaries(units.findAllBelow(u.getPath())))
                .orElse(List.of()).stream().sorted(DISPLAY_ORDER).toList();
        if (cacheable) {
            synchronized (generation) {
                if (generation.get() == seen) {
                    below.put(unitId, loaded);
                }
            }
        }
        return loaded;
    }

    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private final Map<Long, List<UnitSummary>> below = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean ready;

    /** From now on the start-up's units are written and trees may be kept. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void serving() {
        forget();
        ready = true;
    }

    /** A units import changed the tree: drop the kept trees now, and again once it has committed. */
    @org.springframework.context.event.EventListener
    void on(HierarchyChanged event) {
        forget();
        vn.dti.dashboard.shared.ReadCache.afterCommit(this::forget);
    }

    private void forget() {
        synchronized (generation) {
            generation.incrementAndGet();
            below.clear();
        }
    }

    /**
     * Ids of the unit and of every unit version below it by materialised path, whatever their validity: the
     * units whose reports a scope on this unit covers (one indexed prefix scan).
     */
    public List<Long> unitIdsUnder(long unitId) {
        return units.findById(unitId).map(u -> units.findIdsUnder(u.getPath())).orElse(List.of());
    }

    /** The units that this unit replaced in a merger. */
    public List<UnitRef> predecessors(long unitId) {
        return units.findPredecessors(unitId).stream().map(HierarchyService::ref).toList();
    }

    public boolean isEmpty() {
        return units.count() == 0;
    }

    private static UnitRef ref(AdministrativeUnit unit) {
        return new UnitRef(unit.id(), unit.getCode(), unit.getName());
    }

    private List<UnitSummary> summaries(Collection<AdministrativeUnit> list) {
        Map<Long, List<UnitRef>> successors = new HashMap<>();
        if (!list.isEmpty()) {
            List<Long> ids = list.stream().map(AdministrativeUnit::id).toList();
            for (Object[] link : units.findSuccessorLinks(ids)) {
                successors.computeIfAbsent((Long) link[0], k -> new ArrayList<>())
                        .add(new UnitRef((Long) link[1], (String) link[2], (String) link[3]));
            }
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
