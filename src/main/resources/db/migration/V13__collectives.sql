-- Collectives and their people. Every column named sealed_* holds ciphertext under the
-- collective's own data key (see collective_key); *_index columns hold keyed hashes for
-- equality lookups. Nothing here reveals a name, a contact or a note without the keys, nor
-- which account belongs to which collective (account_index is a keyed hash of the account).
create table collective (
    id                  uuid         not null primary key,
    sealed_name         bytea        not null,
    sealed_description  bytea,
    sealed_territory    bytea,
    sealed_languages    bytea,
    recorded_attributes varchar(500) not null,
    created_at          timestamp with time zone not null,
    version             bigint       not null
);

create table collective_member (
    id                uuid        not null primary key,
    collective_id     uuid        not null references collective (id) on delete cascade,
    account_index     varchar(64),
    role              varchar(16) not null,
    sealed_name       bytea       not null,
    sealed_phone      bytea,
    phone_index       varchar(64),
    sealed_email      bytea,
    email_index       varchar(64),
    lang              varchar(8)  not null,
    sealed_attributes bytea,
    sealed_notes      bytea,
    joined_at         timestamp with time zone not null,
    version           bigint      not null,
    constraint one_membership_per_account unique (collective_id, account_index)
);
create index collective_member_phone on collective_member (phone_index);
create index collective_member_account on collective_member (account_index);

create table collective_group (
    id                 uuid    not null primary key,
    collective_id      uuid    not null references collective (id) on delete cascade,
    sealed_name        bytea   not null,
    shared_with_allies boolean not null,
    created_at         timestamp with time zone not null
);

create table collective_group_member (
    group_id  uuid not null references collective_group (id) on delete cascade,
    member_id uuid not null references collective_member (id) on delete cascade,
    primary key (group_id, member_id)
);

-- Only a hash of each invitation code is kept; the code itself is shown once.
create table collective_invitation (
    id            uuid        not null primary key,
    collective_id uuid        not null references collective (id) on delete cascade,
    code_hash     varchar(64) not null unique,
    role          varchar(16) not null,
    created_by    uuid        not null,
    created_at    timestamp with time zone not null,
    expires_at    timestamp with time zone not null,
    used_at       timestamp with time zone,
    version       bigint      not null
);

-- Files of a collective, encrypted with its streaming key; stored under the data directory.
create table collective_document (
    id                 uuid         not null primary key,
    collective_id      uuid         not null references collective (id) on delete cascade,
    sealed_name        bytea        not null,
    media_type         varchar(200) not null,
    size_bytes         bigint       not null,
    shared_with_allies boolean      not null,
    stored_at          timestamp with time zone not null
);

-- The activity log: each entry's hash covers the previous entry's hash, so an entry
-- removed or changed afterwards breaks the chain. Who, what and when; never where from.
create table collective_activity (
    collective_id uuid        not null references collective (id) on delete cascade,
    seq           bigint      not null,
    at            timestamp with time zone not null,
    actor_id      uuid,
    action        varchar(40) not null,
    subject_id    uuid,
    previous_hash varchar(64) not null,
    hash          varchar(64) not null,
    primary key (collective_id, seq)
);

alter table collective_key add column wrapped_file_key varchar(4000);
