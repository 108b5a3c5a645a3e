package vn.dti.dashboard.testsupport;

@UsePostgres
class SliceDatabasePostgresTest extends SliceDatabaseTests {

    @Override
    String expectedUrlPrefix() {
        return "jdbc:postgresql://127.0.0.1:";
    }
}
