/** The catalogue page ("Chỉ tiêu"): browse, filter and read the definitions of the indicators. */
@NullMarked
package vn.dti.dashboard.indicators.ui;

import org.jspecify.annotations.NullMarked;
