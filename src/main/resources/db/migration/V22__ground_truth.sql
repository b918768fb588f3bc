-- Ground-truthing tasks: one per event of satellite alerts (deforestation or fire) inside
-- a collective's territory, to check on the ground. The event's key is derived from its
-- alerts, so importing the same file twice makes no second task. Where the event is (its
-- centre and outline) is sealed; its dates, counts and sources are not.
create table ground_truth_task (
    id             uuid        not null primary key,
    collective_id  uuid        not null references collective (id) on delete cascade,
    event_key      varchar(64) not null,
    family         varchar(16) not null,
    sources        varchar(200) not null,
    alert_count    integer     not null,
    first_day      date        not null,
    last_day       date        not null,
    confidence     varchar(16) not null,
    total_frp      double precision,
    sealed_centre  bytea       not null,
    sealed_outline bytea       not null,
    status         varchar(16) not null,
    observation_id uuid references observation (id) on delete set null,
    imported_at    timestamp with time zone not null,
    version        bigint      not null,
    constraint ground_truth_task_event_unique unique (collective_id, event_key)
);
create index ground_truth_task_by_collective on ground_truth_task (collective_id, status, last_day);
