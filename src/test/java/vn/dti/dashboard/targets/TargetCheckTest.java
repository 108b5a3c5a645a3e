package vn.dti.dashboard.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dti.dashboard.indicators.Direction;
import vn.dti.dashboard.indicators.TargetComparison;

/** Status against a target, and rankings, by hand. */
class TargetCheckTest {

    static TargetCheck check(String value, String target, TargetComparison comparison) {
        return TargetCheck.of(new BigDecimal(value), new BigDecimal(target), comparison);
    }

    @Test
    void at_least_targets_are_met_at_the_target_at_risk_within_ten_percent_and_behind_beyond() {
        assertThat(check("50", "50", TargetComparison.AT_LEAST)).isEqualTo(new TargetCheck(Status.ON_TRACK, BigDecimal.ZERO));
        assertThat(check("61.5", "50", TargetComparison.AT_LEAST).status()).isEqualTo(Status.ON_TRACK);
        // 10 % of 50 is 5: 45 is exactly at the edge of "at risk", 44.99 beyond it.
        assertThat(check("45", "50", TargetComparison.AT_LEAST)).isEqualTo(new TargetCheck(Status.AT_RISK, new BigDecimal("-5")));
        assertThat(check("44.99", "50", TargetComparison.AT_LEAST)).isEqualTo(new TargetCheck(Status.BEHIND, new BigDecimal("-5.01")));
    }

    @Test
    void at_most_targets_count_a_value_above_the_target_as_short() {
        // At most 10 days: 10.5 is 0.5 over (within 1 = 10 %), 12 is 2 over.
        assertThat(check("9", "10", TargetComparison.AT_MOST)).isEqualTo(new TargetCheck(Status.ON_TRACK, BigDecimal.ONE));
        assertThat(check("10.5", "10", TargetComparison.AT_MOST)).isEqualTo(new TargetCheck(Status.AT_RISK, new BigDecimal("-0.5")));
        assertThat(check("12", "10", TargetComparison.AT_MOST)).isEqualTo(new TargetCheck(Status.BEHIND, new BigDecimal("-2")));
    }

    @Test
    void a_target_of_zero_leaves_no_room_and_missing_figures_have_no_status() {
        assertThat(check("0", "0", TargetComparison.AT_MOST).status()).isEqualTo(Status.ON_TRACK);
        assertThat(check("0.01", "0", TargetComparison.AT_MOST).status()).isEqualTo(Status.BEHIND);
        assertThat(TargetCheck.of(null, BigDecimal.TEN, TargetComparison.AT_LEAST)).isNull();
        assertThat(TargetCheck.of(BigDecimal.TEN, null, TargetComparison.AT_LEAST)).isNull();
    }

    record Unit(String name, BigDecimal value) {
    }

    static Unit unit(String name, String value) {
        return new Unit(name, value == null ? null : new BigDecimal(value));
    }

    @Test
    void rankings_share_ties_skip_the_next_rank_and_list_units_without_data_last() {
        List<Unit> units = List.of(unit("A", "40"), unit("B", null), unit("C", "75.5"), unit("D", "40"),
                unit("E", "12"));
        assertThat(Rankings.rank(units, Unit::value, Direction.HIGHER_IS_BETTER))
                .extracting(r -> r.item().name() + ":" + r.rank())
                .containsExactly("C:1", "A:2", "D:2", "E:4", "B:null");
        assertThat(Rankings.rank(units, Unit::value, Direction.LOWER_IS_BETTER))
                .extracting(r -> r.item().name() + ":" + r.rank())
                .containsExactly("E:1", "A:2", "D:2", "C:4", "B:null");
    }
}
