package vn.dti.dashboard.audit;

import vn.dti.dashboard.testsupport.UsePostgres;

/** {@link AuditTrailTest} again on PostgreSQL ({@code -Ppostgres}): the filters' SQL (like with escape, days). */
@UsePostgres
class AuditTrailPostgresTest extends AuditTrailTest {
}
