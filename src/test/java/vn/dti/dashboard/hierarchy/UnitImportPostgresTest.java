package vn.dti.dashboard.hierarchy;

import vn.dti.dashboard.testsupport.UsePostgres;

/** {@link UnitImportTest} again on PostgreSQL ({@code -Ppostgres}): the same tests and assertions, inherited. */
@UsePostgres
class UnitImportPostgresTest extends UnitImportTest {
}
