package vn.dti.dashboard.hierarchy;

import vn.dti.dashboard.testsupport.UsePostgres;

/** {@link HierarchyServiceTest} again on PostgreSQL: same tests, the production database. */
@UsePostgres
class HierarchyServicePostgresTest extends HierarchyServiceTest {
}
