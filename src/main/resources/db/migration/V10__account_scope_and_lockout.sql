-- Roles and scope (docs/decisions/0009). A REPORTER holds units by their surrogate id, never by code: codes
-- are reused after mergers (0001), so "08716" would silently change meaning on 2025-07-01. The unit and its
-- descendants by materialised path are what the account may read and submit for.
create table user_account_unit (
    user_id bigint not null references user_account (id),
    unit_id bigint not null references administrative_unit (id),
    constraint pk_user_account_unit primary key (user_id, unit_id)
);
create index ix_user_account_unit_unit on user_account_unit (unit_id);

-- Lockout: consecutive failed sign-ins (UI form and HTTP Basic alike); at 5 the account is locked until
-- locked_until (15 minutes). A successful sign-in resets the count.
alter table user_account add column failed_logins integer default 0 not null;
alter table user_account add column locked_until timestamp with time zone;
-- When the password was last set (by its owner or an administrator), shown in the users view.
alter table user_account add column password_changed_at timestamp with time zone;
update user_account set password_changed_at = created_at;
