/**
 * Targets and status: the target that applies to an indicator at a unit in a period (a unit's own, one set
 * for all units below a province or district, or the national one), prorated for flows in shorter periods;
 * the status of a value against it; rankings of units. Loaded from CSV/XLSX and read through the API.
 */
@NullMarked
package vn.dti.dashboard.targets;

import org.jspecify.annotations.NullMarked;
