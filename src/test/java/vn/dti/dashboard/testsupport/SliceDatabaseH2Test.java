package vn.dti.dashboard.testsupport;

@UseH2
class SliceDatabaseH2Test extends SliceDatabaseTests {

    @Override
    String expectedUrlPrefix() {
        return "jdbc:h2:file:";
    }
}
