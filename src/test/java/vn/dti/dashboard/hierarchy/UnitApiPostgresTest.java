package vn.dti.dashboard.hierarchy;

import vn.dti.dashboard.testsupport.UsePostgres;

/** {@link UnitApiTest} again on PostgreSQL: same tests, the production database. */
@UsePostgres
class UnitApiPostgresTest extends UnitApiTest {
}
