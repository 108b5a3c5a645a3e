/** The load test: wrk against the packaged jar on H2 and PostgreSQL ({@code -Pload}). */
@NullMarked
package vn.dti.dashboard.load;

import org.jspecify.annotations.NullMarked;
