/** The audit trail's view for administrators. */
@NullMarked
package vn.dti.dashboard.audit.ui;

import org.jspecify.annotations.NullMarked;
