package vn.dti.dashboard.security;

import vn.dti.dashboard.testsupport.UsePostgres;

/** {@link UserApiTest} again on PostgreSQL ({@code -Ppostgres}): units by id, the audit entry. */
@UsePostgres
class UserApiPostgresTest extends UserApiTest {
}
