package vn.dti.dashboard.hierarchy;

/**
 * What a units import did: {@code created} new unit versions, {@code updated} existing ones (same code
 * and start of validity) that changed, {@code unchanged} rows that matched an existing unit exactly.
 */
public record UnitImportResult(int created, int updated, int unchanged) {
}
