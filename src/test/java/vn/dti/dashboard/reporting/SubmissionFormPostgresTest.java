package vn.dti.dashboard.reporting;

import vn.dti.dashboard.testsupport.UsePostgres;

/**
 * {@link SubmissionFormTest} again on PostgreSQL ({@code -Ppostgres}): the same checks, versions under
 * concurrency (PostgreSQL blocks the second insert of a version until the first commits) and events.
 */
@UsePostgres
class SubmissionFormPostgresTest extends SubmissionFormTest {
}
