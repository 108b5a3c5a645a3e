-- The demo reports (dti.demo-data) are imported once per database, in the background after start-up. This
-- row says that it happened: a later start with the same data directory finds it and imports nothing; a start
-- after an interrupted import (finished_at still empty) resumes it, skipping the workbooks already stored.
create table demo_report_import (
    id           integer      primary key,
    first_month  varchar(7)   not null,
    last_month   varchar(7)   not null,
    started_at   timestamp with time zone not null,
    finished_at  timestamp with time zone,
    workbooks    integer      not null,
    reports      integer,
    values_count integer,
    refused      integer,
    millis       bigint,
    constraint ck_demo_report_import_single check (id = 1)
);
