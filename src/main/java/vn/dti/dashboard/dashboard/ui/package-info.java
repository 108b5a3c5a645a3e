/** The dashboard views: overview (the home page), indicator detail, unit profile and reporting status. */
@NullMarked
package vn.dti.dashboard.dashboard.ui;

import org.jspecify.annotations.NullMarked;
