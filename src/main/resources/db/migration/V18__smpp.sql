-- SMPP: a collective's SMS gateway may also be an SMS centre that Tejido binds to directly.
-- Existing channels are Kannel's. For SMPP, sealed_username holds the system id, and the
-- SMS centre's host is sealed like Kannel's sendsms address.
alter table messaging_channel add column kind varchar(8) default 'KANNEL' not null;
alter table messaging_channel alter column sealed_sendsms_url drop not null;
alter table messaging_channel add column sealed_host bytea;
alter table messaging_channel add column smpp_port integer;
alter table messaging_channel add column sealed_system_type bytea;

-- The SMS centre's id of each part of a message sent over SMPP, by which its delivery
-- receipts find the message: a message is delivered when every part is, and failed as
-- soon as one part is.
create table smpp_message_part (
    collective_id   uuid        not null references collective (id) on delete cascade,
    smsc_message_id varchar(65) not null,
    message_id      uuid        not null references outbound_message (id) on delete cascade,
    part            integer     not null,
    parts           integer     not null,
    status          varchar(12) not null,
    sent_at         timestamp with time zone not null,
    primary key (collective_id, smsc_message_id)
);
create index smpp_message_part_message on smpp_message_part (message_id);
