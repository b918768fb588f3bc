-- Messages to the coalition. Nothing about the sender is kept beyond what they chose to write.
create table contact_message (
    id          uuid          not null primary key,
    topic       varchar(32)   not null,
    message     varchar(5000) not null,
    reply_to    varchar(320),
    lang        varchar(8)    not null,
    received_at timestamp with time zone not null,
    form_nonce  varchar(64)   not null unique
);
