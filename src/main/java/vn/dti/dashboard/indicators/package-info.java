/**
 * The indicator catalogue: what is measured (codes, names, units), how values roll up over units and
 * over time, and the national targets. Reference data, loaded from {@code data-samples/indicators.csv}
 * and {@code data-samples/targets.csv} into an empty database. Other features use
 * {@link vn.dti.dashboard.indicators.IndicatorService} and its records; everything else stays inside.
 */
@NullMarked
package vn.dti.dashboard.indicators;

import org.jspecify.annotations.NullMarked;
