package vn.dti.dashboard.targets;

import vn.dti.dashboard.testsupport.UsePostgres;

/** {@link TargetServiceTests} again on PostgreSQL ({@code -Ppostgres}). */
@UsePostgres
class TargetServicePostgresTest extends TargetServiceTests {
}
