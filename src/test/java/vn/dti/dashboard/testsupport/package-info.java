/**
 * Test support shared by feature tests: which database a Spring test runs against ({@link
 * vn.dti.dashboard.testsupport.UseH2}, {@link vn.dti.dashboard.testsupport.UsePostgres}) and the
 * throwaway PostgreSQL server behind the latter.
 */
@NullMarked
package vn.dti.dashboard.testsupport;

import org.jspecify.annotations.NullMarked;
