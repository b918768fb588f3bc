-- The library by SMS: a coalition-level service on the coalition's own number, not a
-- collective's. Its messages are sealed with the coalition's key (a data key like a
-- collective's, kept under a fixed id in collective_key) and deleted within minutes.

-- Outgoing messages of the coalition's line have no collective; e-mail may carry files
-- (references to library files, sealed).
alter table outbound_message alter column collective_id drop not null;
alter table outbound_message add column sealed_attachments bytea;

-- SMS to the coalition's number: sender and text sealed with the coalition's key until
-- answered, then erased; the row (a keyed hash of the sender) stays a few minutes for the
-- flood limit.
alter table inbound_message add column coalition boolean default false not null;

-- What a number searched last, so that MORE 2 finds the next results: sealed, under a
-- keyed hash of the number, gone once it expires.
create table coalition_conversation (
    sender_index varchar(64) not null primary key,
    sealed_state bytea       not null,
    expires_at   timestamp with time zone not null
);
create index coalition_conversation_expiry on coalition_conversation (expires_at);

-- Each resource's stable number, to text it (GET 1042): given once, in order of creation,
-- from 1000 on.
alter table resource add column short_code integer;
update resource set short_code = 999 + (select count(*) from resource o
    where o.created_at < resource.created_at or (o.created_at = resource.created_at and o.id <= resource.id));
alter table resource alter column short_code set not null;
create unique index resource_short_code on resource (short_code);
