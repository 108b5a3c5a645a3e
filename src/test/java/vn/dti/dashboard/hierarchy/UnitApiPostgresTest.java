package vn.dti.dashboard.hierarchy;

import vn.dti.dashboard.testsupport.UsePostgres;

/** {@link UnitApiTest} again on PostgreSQL ({@code -Ppostgres}): the same tests and assertions, inherited. */
@UsePostgres
class UnitApiPostgresTest extends UnitApiTest {
}
