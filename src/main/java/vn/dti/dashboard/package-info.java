/** DTI dashboard: digital-transformation KPIs of a Vietnamese province. */
@NullMarked
package vn.dti.dashboard;

import org.jspecify.annotations.NullMarked;
