/**
 * Shared set-up for Spring tests: the whole app against the real embedded H2 database ({@link
 * vn.dti.dashboard.testsupport.IntegrationTest}), and the choice of database for a test ({@link
 * vn.dti.dashboard.testsupport.UseH2}, {@link vn.dti.dashboard.testsupport.UsePostgres}) with the
 * throwaway PostgreSQL server behind the latter.
 */
@NullMarked
package vn.dti.dashboard.testsupport;

import org.jspecify.annotations.NullMarked;
