package vn.dti.dashboard.reporting;

import vn.dti.dashboard.testsupport.UsePostgres;

/** {@link PeriodLockAuditTest} again on PostgreSQL ({@code -Ppostgres}). */
@UsePostgres
class PeriodLockAuditPostgresTest extends PeriodLockAuditTest {
}
