-- Pre-aggregated monthly rollups (docs/decisions/0007). One row per unit that has units below it (a district,
-- a province), month and summed indicator: the unit's own figure plus its children's rolled figures, with how
-- many leaf units contributed, how many of them on time, and when the newest of their reports arrived.
-- Leaves need no row (their figure is their own report); ratios need none (they are recomputed from their
-- rolled numerator and denominator when read); longer periods come from at most 12 of these rows.
-- Kept after each stored file (only the submitting units' ancestors and months) and rebuilt in full on
-- demand; the rows are derived data, so there are no foreign keys to pay for on every write.
create table rollup_value (
    unit_id        bigint         not null,
    period         varchar(16)    not null,
    indicator_code varchar(64)    not null,
    amount         numeric(24, 6) not null,
    reported_units integer        not null,
    on_time_units  integer        not null,
    latest_at      timestamp with time zone,
    constraint pk_rollup_value primary key (unit_id, period, indicator_code)
);
