/** The administration of reporting deadlines per province. */
@NullMarked
package vn.dti.dashboard.rollup.ui;

import org.jspecify.annotations.NullMarked;
