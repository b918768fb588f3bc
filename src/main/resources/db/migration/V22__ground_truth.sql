-- Ground-truthing tasks: one per event of satellite alerts (deforestation or fire) inside
-- a collective's territory, to check on the ground. Alerts are public, so anything that
-- could be matched against them (where, when, how many, which systems) is sealed, and the
-- event's key, which makes a second import of the same file create nothing, is kept only
-- as a keyed hash.
create table ground_truth_task (
    id             uuid        not null primary key,
    collective_id  uuid        not null references collective (id) on delete cascade,
    event_key      varchar(64) not null,
    family         varchar(16) not null,
    sealed_details bytea       not null,
    sealed_centre  bytea       not null,
    sealed_outline bytea       not null,
    status         varchar(16) not null,
    observation_id uuid references observation (id) on delete set null,
    imported_at    timestamp with time zone not null,
    version        bigint      not null,
    constraint ground_truth_task_event_unique unique (collective_id, event_key)
);
create index ground_truth_task_by_collective on ground_truth_task (collective_id, status);
