package vn.dti.dashboard.rollup;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.dti.dashboard.reporting.ReportedValues.Timing;

/**
 * Rolls one month of one province up its tree: for every unit with units below it and every summed
 * indicator, the unit's own figure plus its children's rolled figures, and how many leaf units contributed
 * (on time or not). Plain arithmetic, no database: the engine loads the month and stores the result, and the
 * tests check it against hand-computed numbers.
 */
final class RollupCalculator {

    private RollupCalculator() {
    }

    /** A unit in force in the month, placed in the tree. */
    record Node(long id, @Nullable Long parentId) {
    }

    /** A rolled figure with its completeness. */
    record Rolled(BigDecimal amount, int reportedUnits, int onTimeUnits, @Nullable Instant latestAt) {
    }

    /** A figure being summed: null until some unit contributes. */
    private static final class Sum {
        @Nullable BigDecimal amount;
        int reported;
        int onTime;
        @Nullable Instant latest;

        void add(BigDecimal value, int reportedUnits, int onTimeUnits, @Nullable Instant at) {
            amount = amount == null ? value : amount.add(value);
            reported += reportedUnits;
            onTime += onTimeUnits;
            if (at != null && (latest == null || at.isAfter(latest))) {
                latest = at;
            }
        }
    }

    /**
     * @param nodes    the units in force in the month under one root, the root included
     * @param own      unit → indicator → the figure the unit reported for itself
     * @param timings  unit → when its report arrived
     * @param deadline a report whose first version arrived before this instant is on time
     * @param codes    the indicators summed over units
     * @return unit → indicator → rolled figure, for the units that have units below them, where any unit
     *         contributed (nothing reported stays absent: missing, not zero)
     */
    static Map<Long, Map<String, Rolled>> roll(List<Node> nodes, Map<Long, Map<String, BigDecimal>> own,
            Map<Long, Timing> timings, Instant deadline, Collection<String> codes) {
        Map<Long, List<Long>> children = new HashMap<>();
        List<Long> roots = new ArrayList<>();
        java.util.Set<Long> present = new java.util.HashSet<>();
        nodes.forEach(n -> present.add(n.id()));
        for (Node node : nodes) {
            if (node.parentId() != null && present.contains(node.parentId())) {
                children.computeIfAbsent(node.parentId(), k -> new ArrayList<>()).add(node.id());
            } else {
                roots.add(node.id());
            }
        }
        Map<Long, Map<String, Rolled>> result = new HashMap<>();
        for (long root : roots) {
            roll(root, children, own, timings, deadline, codes, result);
        }
        return result;
    }

    /** The unit's sums per indicator (its own figure plus its subtree's); non-leaf results go into {@code out}. */
    private static Map<String, Sum> roll(long unit, Map<Long, List<Long>> children,
            Map<Long, Map<String, BigDecimal>> own, Map<Long, Timing> timings, Instant deadline,
            Collection<String> codes, Map<Long, Map<String, Rolled>> out) {
        List<Long> below = children.getOrDefault(unit, List.of());
        boolean leaf = below.isEmpty();
        Map<String, BigDecimal> values = own.getOrDefault(unit, Map.of());
        Timing timing = timings.get(unit);
        Map<String, Sum> sums = new HashMap<>();
        for (String code : codes) {
            BigDecimal value = values.get(code);
            if (value != null) {
                // Only leaf units count as reporting units; a district's own figure adds to the sum.
                boolean onTime = leaf && timing != null && timing.first().isBefore(deadline);
                sums.computeIfAbsent(code, k -> new Sum()).add(value, leaf ? 1 : 0, onTime ? 1 : 0,
                        timing == null ? null : timing.latest());
            }
        }
        for (long child : below) {
            roll(child, children, own, timings, deadline, codes, out).forEach((code, sum) -> {
                if (sum.amount != null) {
                    sums.computeIfAbsent(code, k -> new Sum()).add(sum.amount, sum.reported, sum.onTime, sum.latest);
                }
            });
        }
        if (!leaf) {
            Map<String, Rolled> rolled = new HashMap<>();
            sums.forEach((code, sum) -> {
                if (sum.amount != null) {
                    rolled.put(code, new Rolled(sum.amount, sum.reported, sum.onTime, sum.latest));
                }
            });
            out.put(unit, rolled);
        }
        return sums;
    }
}
