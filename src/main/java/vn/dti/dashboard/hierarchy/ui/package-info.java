/** Views of the administrative hierarchy. */
@NullMarked
package vn.dti.dashboard.hierarchy.ui;

import org.jspecify.annotations.NullMarked;
