package vn.dti.dashboard.hierarchy;

/** A short reference to a unit version, e.g. a merger successor. */
public record UnitRef(long id, String code, String name) {
}
