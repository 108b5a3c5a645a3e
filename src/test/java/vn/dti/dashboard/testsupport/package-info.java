/** Shared set-up for Spring tests against the real embedded database. */
@NullMarked
package vn.dti.dashboard.testsupport;

import org.jspecify.annotations.NullMarked;
