/**
 * Dashboards for the steering committee: the overview of headline indicators, an indicator's detail with its
 * breakdown one level down, a unit's profile and the reporting status of units by month. Reads rolled-up
 * figures, targets and report times through the other features' services (scoped to the signed-in user) and
 * hands records to its views.
 */
@NullMarked
package vn.dti.dashboard.dashboard;

import org.jspecify.annotations.NullMarked;
