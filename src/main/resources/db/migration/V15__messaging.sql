-- Messaging. Columns named sealed_* hold ciphertext under the collective's own data key;
-- *_index columns hold keyed hashes for equality lookups. Phone numbers, addresses and
-- texts are never kept readable.

-- A collective's SMS gateway (Kannel's HTTP sendsms interface) and its own number, by
-- which incoming SMS find the collective.
create table messaging_channel (
    collective_id       uuid        not null primary key references collective (id) on delete cascade,
    sealed_sendsms_url  bytea       not null,
    sealed_username     bytea       not null,
    sealed_password     bytea       not null,
    sealed_number       bytea       not null,
    number_index        varchar(64) not null unique,
    messages_per_second integer     not null,
    updated_at          timestamp with time zone not null
);

-- The outbox: each message once per idempotency key, with where it stands.
create table outbound_message (
    id              uuid         not null primary key,
    message_key     varchar(200) not null unique,
    collective_id   uuid         not null references collective (id) on delete cascade,
    recipient_id    uuid,
    channel         varchar(8)   not null,
    sealed_address  bytea        not null,
    sealed_subject  bytea,
    sealed_text     bytea        not null,
    status          varchar(12)  not null,
    attempts        integer      not null,
    next_attempt_at timestamp with time zone not null,
    sending_since   timestamp with time zone,
    gateway_answer  varchar(300),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint       not null
);
create index outbound_message_due on outbound_message (status, next_attempt_at);

-- In-app messages, each for one member of a collective.
create table inbox_message (
    id             uuid not null primary key,
    collective_id  uuid not null references collective (id) on delete cascade,
    member_id      uuid not null references collective_member (id) on delete cascade,
    outbound_id    uuid not null unique,
    sealed_subject bytea,
    sealed_text    bytea not null,
    delivered_at   timestamp with time zone not null
);
create index inbox_message_member on inbox_message (collective_id, member_id, delivered_at);

-- SMS received through Kannel. The sender is kept sealed, and the text too, only when the
-- number they wrote to is a collective's; sender_index (a keyed hash) counts a number's
-- messages to hold back floods. gateway_id is Kannel's id of the message, so that a
-- message Kannel hands over twice is taken once.
create table inbound_message (
    id            uuid        not null primary key,
    gateway_id    varchar(64) unique,
    collective_id uuid references collective (id) on delete cascade,
    sender_index  varchar(64) not null,
    sealed_sender bytea,
    sealed_text   bytea,
    throttled     boolean     not null,
    announced     boolean     not null,
    received_at   timestamp with time zone not null
);
create index inbound_message_sender on inbound_message (sender_index, received_at);
create index inbound_message_unannounced on inbound_message (announced, received_at);
