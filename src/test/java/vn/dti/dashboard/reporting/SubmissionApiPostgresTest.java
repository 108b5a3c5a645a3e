package vn.dti.dashboard.reporting;

import vn.dti.dashboard.testsupport.UsePostgres;

/** {@link SubmissionApiTest} again on PostgreSQL ({@code -Ppostgres}). */
@UsePostgres
class SubmissionApiPostgresTest extends SubmissionApiTest {
}
