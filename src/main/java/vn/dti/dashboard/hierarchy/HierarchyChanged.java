package vn.dti.dashboard.hierarchy;

/**
 * Published inside the transaction of a units import that created or changed unit versions. Features that
 * keep something derived from the hierarchy (name directories, rollups) listen after the commit, so they
 * never see a hierarchy that was rolled back.
 */
public record HierarchyChanged(int created, int updated) {
}
