package vn.dti.dashboard.hierarchy;

import vn.dti.dashboard.testsupport.UsePostgres;

/** {@link HierarchyServiceTest} again on PostgreSQL ({@code -Ppostgres}): the same tests and assertions, inherited. */
@UsePostgres
class HierarchyServicePostgresTest extends HierarchyServiceTest {
}
