package vn.dti.dashboard.rollup;

import vn.dti.dashboard.testsupport.UseH2;

/** {@link RollupFixtureTests} on the embedded H2 database, as in every build. */
@UseH2
class RollupFixtureTest extends RollupFixtureTests {
}
