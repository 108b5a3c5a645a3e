package vn.dti.dashboard.shared.period;

/**
 * The kinds of reporting period. Provinces report monthly; every other kind is an aggregate of
 * consecutive months, so each type only fixes which months are aggregated.
 */
public enum PeriodType {
    /** One calendar month, notation {@code YYYY-MM}. */
    MONTH,
    /** Three months starting in January, April, July or October, notation {@code YYYY-Qn}. */
    QUARTER,
    /** January–June or July–December, notation {@code YYYY-Hn}. */
    HALF_YEAR,
    /** January–December, notation {@code YYYY}. */
    YEAR,
    /** January up to and including a given month, notation {@code YYYY-MM-YTD}. */
    YEAR_TO_DATE
}
