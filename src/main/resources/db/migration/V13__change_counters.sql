-- One counter per table family that the app keeps in memory (docs/decisions/0014). A change bumps its counter in
-- the same transaction; every instance compares the counter with the one its copy was loaded under, so that an
-- import or an account change made on one instance reaches the others within a second.
create table change_counter (
    name    varchar(40) primary key,
    counter bigint      not null
);

insert into change_counter (name, counter) values ('hierarchy', 0);
insert into change_counter (name, counter) values ('catalogue', 0);
insert into change_counter (name, counter) values ('accounts', 0);
