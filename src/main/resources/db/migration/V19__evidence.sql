-- Evidence: files sealed on arrival. Names, device metadata and notes are sealed with the
-- collective's key; hashes, sizes, types and times are not (they prove nothing about what
-- the file shows). The bytes live encrypted under the collective's folder.
create table evidence_item (
    id              uuid         not null primary key,
    collective_id   uuid         not null references collective (id) on delete cascade,
    sealed_name     bytea        not null,
    media_type      varchar(120) not null,
    size_bytes      bigint       not null,
    sha256          varchar(64)  not null,
    shared_sha256   varchar(64)  not null,
    shared_size     bigint       not null,
    shared_apart    boolean      not null,
    received_at     timestamp with time zone not null,
    submitter_id    uuid,
    sealed_metadata bytea,
    notices         varchar(200) not null
);
create index evidence_item_by_collective on evidence_item (collective_id, received_at);

-- The custody ledger: every action on an item, by whom and when (each also in the
-- collective's activity chain).
create table evidence_custody (
    id            uuid        not null primary key,
    item_id       uuid        not null references evidence_item (id) on delete cascade,
    collective_id uuid        not null references collective (id) on delete cascade,
    at            timestamp with time zone not null,
    action        varchar(24) not null,
    member_id     uuid,
    sealed_note   bytea
);
create index evidence_custody_by_item on evidence_custody (item_id, at);

create table evidence_setting (
    collective_id uuid    not null primary key references collective (id) on delete cascade,
    keep_metadata boolean not null
);

-- Each collective's Ed25519 key for signing evidence bundles: the public part (SPKI, DER)
-- in clear, the private part (PKCS#8) sealed with the collective's key.
create table evidence_signing_key (
    collective_id  uuid  not null primary key references collective (id) on delete cascade,
    public_key     bytea not null,
    sealed_private bytea not null,
    created_at     timestamp with time zone not null
);
