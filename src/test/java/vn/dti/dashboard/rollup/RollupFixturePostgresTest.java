package vn.dti.dashboard.rollup;

import vn.dti.dashboard.testsupport.UsePostgres;

/** {@link RollupFixtureTests} again on PostgreSQL ({@code -Ppostgres}). */
@UsePostgres
class RollupFixturePostgresTest extends RollupFixtureTests {
}
