-- The collective's self-assessments of its five capacities and of the results it has
-- reached: one per date. The date is in clear (to order and chart the checks); scores,
-- notes, results and the number of participants are one JSON document sealed with the
-- collective's key.
create table capacity_check (
    id              uuid        not null primary key,
    collective_id   uuid        not null references collective (id) on delete cascade,
    taken_on        date        not null,
    sealed_answers  bytea       not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint      not null,
    constraint capacity_check_one_per_date unique (collective_id, taken_on)
);
