@NullMarked
package vn.dti.dashboard.security.ui;

import org.jspecify.annotations.NullMarked;
