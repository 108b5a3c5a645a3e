package vn.dti.dashboard.targets;

import vn.dti.dashboard.testsupport.UseH2;

/** {@link TargetServiceTests} on the embedded H2 database, as in every build. */
@UseH2
class TargetServiceTest extends TargetServiceTests {
}
