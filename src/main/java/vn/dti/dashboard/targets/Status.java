package vn.dti.dashboard.targets;

/** Where a value stands against its target. */
public enum Status {
    /** The value meets the target. */
    ON_TRACK,
    /** Short of the target by at most 10 % of it. */
    AT_RISK,
    /** Further off. */
    BEHIND
}
