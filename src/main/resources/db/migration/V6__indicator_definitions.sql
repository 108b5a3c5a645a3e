-- A short definition per indicator, in both languages, shown on the report template and the entry form
-- (data-samples/indicator-definitions.csv). Filled at start-up where empty, so an administrator's edits stay.
alter table indicator add column definition_vi varchar(1000);
alter table indicator add column definition_en varchar(1000);
