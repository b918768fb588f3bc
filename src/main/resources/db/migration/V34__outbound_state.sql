-- Where each outbound message stands moves to a narrow table of its own. A message's status
-- changes four times (queued, sending, accepted, delivered); each change used to rewrite the
-- whole row, with its idempotency key and sealed address and text, and (in PostgreSQL) add
-- an entry to every index of the table. Now a change rewrites a row of a few short columns,
-- and the message's row is written once.
create table outbound_state (
    id              uuid        not null primary key references outbound_message (id) on delete cascade,
    status          varchar(12) not null,
    attempts        integer     not null,
    version         bigint      not null,
    next_attempt_at timestamp with time zone not null,
    sending_since   timestamp with time zone,
    gateway_answer  varchar(300),
    bundle_id       uuid,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null
);
insert into outbound_state (id, status, attempts, version, next_attempt_at, sending_since, gateway_answer,
        bundle_id, created_at, updated_at)
    select id, status, attempts, version, next_attempt_at, sending_since, gateway_answer, bundle_id, created_at,
        updated_at
    from outbound_message;
drop index outbound_message_due;
drop index outbound_message_bundle;
alter table outbound_message drop column status;
alter table outbound_message drop column attempts;
alter table outbound_message drop column version;
alter table outbound_message drop column next_attempt_at;
alter table outbound_message drop column sending_since;
alter table outbound_message drop column gateway_answer;
alter table outbound_message drop column bundle_id;
alter table outbound_message drop column updated_at;
alter table outbound_message drop column created_at;
create index outbound_state_due on outbound_state (status, next_attempt_at, created_at);
create index outbound_state_bundle on outbound_state (bundle_id);
