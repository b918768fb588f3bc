-- A collective's actor and power map, kept as one document sealed with the collective's key:
-- actors, relations (with their endpoints), and who may read the map. Nothing of who knows
-- whom is in clear, not even how many relations there are. See docs/network.md.
create table network_map (
    collective_id  uuid        not null primary key references collective (id) on delete cascade,
    sealed_map     bytea       not null,
    updated_at     timestamp with time zone not null,
    version        bigint      not null
);

-- The protection-network indicators of one day (the last computation of that day), sealed.
create table network_snapshot (
    collective_id  uuid        not null references collective (id) on delete cascade,
    taken_on       date        not null,
    sealed_values  bytea       not null,
    updated_at     timestamp with time zone not null,
    version        bigint      not null,
    primary key (collective_id, taken_on)
);
