/** The analyst's data export page. */
@NullMarked
package vn.dti.dashboard.export.ui;

import org.jspecify.annotations.NullMarked;
