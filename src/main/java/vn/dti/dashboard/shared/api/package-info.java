/** The REST API's error format and its one exception handler. */
@NullMarked
package vn.dti.dashboard.shared.api;

import org.jspecify.annotations.NullMarked;
