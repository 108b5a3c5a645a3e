package vn.dti.dashboard.targets;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.dti.dashboard.indicators.TargetComparison;
import vn.dti.dashboard.shared.Amounts;

/**
 * A value against its target.
 *
 * @param gap value − target for "at least", target − value for "at most": negative means short of it
 */
public record TargetCheck(Status status, BigDecimal gap) {

    /** Short by at most this share of the target still counts as "at risk". */
    static final BigDecimal AT_RISK_SHARE = new BigDecimal("0.10");

    /**
     * The status of a value against a target, or null when either is missing (no data, no target: nothing
     * to colour). With a target of 0, anything short of it is behind: there is no 10 % of nothing.
     */
    public static @Nullable TargetCheck of(@Nullable BigDecimal value, @Nullable BigDecimal target,
            TargetComparison comparison) {
        if (value == null || target == null) {
            return null;
        }
        BigDecimal gap = comparison == TargetComparison.AT_LEAST ? value.subtract(target) : target.subtract(value);
        Status status;
        if (gap.signum() >= 0) {
            status = Status.ON_TRACK;
        } else if (gap.negate().compareTo(target.abs().multiply(AT_RISK_SHARE)) <= 0) {
            status = Status.AT_RISK;
        } else {
            status = Status.BEHIND;
        }
        return new TargetCheck(status, Amounts.plain(gap));
    }
}
