/** The administration of targets: an editable grid per indicator × unit × year and the file import. */
@NullMarked
package vn.dti.dashboard.targets.ui;

import org.jspecify.annotations.NullMarked;
