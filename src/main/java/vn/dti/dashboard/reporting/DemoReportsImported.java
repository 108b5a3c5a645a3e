package vn.dti.dashboard.reporting;

/**
 * Published when the demo reports have all been stored, before the import counts as finished. Features that
 * keep derived figures (rollups) skip the per-file updates while the demo import runs and build them here at
 * once: 3,418 small updates would cost more than one rebuild.
 */
public record DemoReportsImported(int workbooks) {
}
