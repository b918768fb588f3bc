-- Patrols and observations of a collective's territory. Names, notes, routes, positions
-- and texts are sealed with the collective's key; categories, days, times and links
-- between records are not.
create table patrol (
    id            uuid        not null primary key,
    collective_id uuid        not null references collective (id) on delete cascade,
    sealed_name   bytea       not null,
    walked_on     date        not null,
    sealed_route  bytea,
    sealed_notes  bytea,
    created_by    uuid,
    created_at    timestamp with time zone not null,
    version       bigint      not null
);
create index patrol_by_collective on patrol (collective_id, walked_on);

create table patrol_member (
    patrol_id uuid not null references patrol (id) on delete cascade,
    member_id uuid not null,
    primary key (patrol_id, member_id)
);

create table observation (
    id              uuid        not null primary key,
    collective_id   uuid        not null references collective (id) on delete cascade,
    code            varchar(8)  not null,
    category        varchar(16) not null,
    source          varchar(16) not null,
    observed_at     timestamp with time zone not null,
    recorded_at     timestamp with time zone not null,
    place_id        uuid,
    sealed_position bytea,
    sealed_text     bytea,
    reporter_id     uuid,
    patrol_id       uuid references patrol (id) on delete set null,
    task_id         uuid,
    alert_id        uuid,
    version         bigint      not null,
    constraint observation_code_unique unique (collective_id, code)
);
create index observation_by_collective on observation (collective_id, observed_at);

-- Evidence items (sealed files) attached to an observation, in the order they came.
create table observation_item (
    observation_id uuid    not null references observation (id) on delete cascade,
    position       integer not null,
    item_id        uuid    not null,
    primary key (observation_id, position)
);

-- An alert raised from an observation points back to it.
alter table alert add column observation_id uuid;
