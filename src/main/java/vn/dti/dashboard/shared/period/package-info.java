/**
 * Reporting periods of the monthly DTI reports (month, quarter, half-year, year, year to date) and
 * their API notation. Plain Java so that domain code, the REST layer and the UI share one definition.
 */
@NullMarked
package vn.dti.dashboard.shared.period;

import org.jspecify.annotations.NullMarked;
