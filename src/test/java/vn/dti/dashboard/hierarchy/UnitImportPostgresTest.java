package vn.dti.dashboard.hierarchy;

import vn.dti.dashboard.testsupport.UsePostgres;

/** The units import suite again, on a throwaway PostgreSQL server ({@code -Ppostgres}). */
@UsePostgres
class UnitImportPostgresTest extends UnitImportTest {
}
