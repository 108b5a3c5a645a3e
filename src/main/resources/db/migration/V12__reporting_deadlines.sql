-- A province's own reporting deadline (day of the following month), set by an administrator; provinces without
-- a row use the configured day (dti.rollup.deadline-day, dti.rollup.province-deadline-days.<code>).
create table reporting_deadline (
    province_code varchar(32)  not null primary key,
    deadline_day  integer      not null,
    reason        varchar(500) not null,
    set_by        varchar(100) not null,
    set_at        timestamp with time zone not null,
    constraint ck_reporting_deadline_day check (deadline_day between 1 and 28)
);
