package vn.dti.dashboard.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.dti.dashboard.indicators.Direction;

/**
 * Ranks units of one level on one indicator and period: the best first by the indicator's direction, equal
 * values share a rank and the next rank skips (1, 2, 2, 4), units without data come last without a rank.
 */
public final class Rankings {

    private Rankings() {
    }

    /** An item with its rank (null without data). */
    public record Ranked<T>(T item, @Nullable Integer rank) {
    }

    public static <T> List<Ranked<T>> rank(List<T> items, Function<T, @Nullable BigDecimal> value, Direction direction) {
        Comparator<BigDecimal> better = direction == Direction.LOWER_IS_BETTER ? Comparator.naturalOrder()
                : Comparator.<BigDecimal>reverseOrder();
        List<T> withData = new ArrayList<>(items.stream().filter(i -> value.apply(i) != null).toList());
        withData.sort((a, b) -> better.compare(value.apply(a), value.apply(b)));
        List<Ranked<T>> ranked = new ArrayList<>();
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < withData.size(); i++) {
            BigDecimal current = value.apply(withData.get(i));
            if (previous == null || current.compareTo(previous) != 0) {
                rank = i + 1;
            }
            ranked.add(new Ranked<>(withData.get(i), rank));
            previous = current;
        }
        items.stream().filter(i -> value.apply(i) == null).forEach(i -> ranked.add(new Ranked<>(i, null)));
        return ranked;
    }
}
