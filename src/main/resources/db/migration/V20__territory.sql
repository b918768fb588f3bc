-- A collective's territory: its areas (the land it defends) and its named places. Names,
-- descriptions and geometries (WKT, 6 decimals) are sealed with the collective's key;
-- kinds and sensitivities are not, so lists can be filtered by what a role may see.
create table territory_area (
    id               uuid        not null primary key,
    collective_id    uuid        not null references collective (id) on delete cascade,
    sealed_name      bytea       not null,
    sealed_geometry  bytea       not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint      not null
);
create index territory_area_by_collective on territory_area (collective_id);

create table territory_place (
    id                 uuid        not null primary key,
    collective_id      uuid        not null references collective (id) on delete cascade,
    kind               varchar(24) not null,
    sensitivity        varchar(16) not null,
    sealed_name        bytea       not null,
    sealed_description bytea,
    sealed_geometry    bytea       not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            bigint      not null
);
create index territory_place_by_collective on territory_place (collective_id, sensitivity);
