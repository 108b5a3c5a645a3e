/**
 * Rollups: district and province figures from the units' own reports, by the catalogue's rules (sums over
 * units, ratios recomputed from rolled numerators and denominators, flows summed over months, stocks at the
 * last month with a value), in the hierarchy in force in each month, with completeness and timeliness.
 * Monthly rollups of units with units below them are pre-aggregated and kept fresh after each stored report.
 */
@NullMarked
package vn.dti.dashboard.rollup;

import org.jspecify.annotations.NullMarked;
