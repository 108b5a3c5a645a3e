package vn.dti.dashboard;

import vn.dti.dashboard.testsupport.UsePostgres;

@UsePostgres
class DatabaseMigrationPostgresTest extends DatabaseMigrationTests {

    @Override
    String expectedDatabaseProduct() {
        return "PostgreSQL";
    }
}
