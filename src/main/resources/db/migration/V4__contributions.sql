-- What visitors and contributors send in, waiting for a curator. The submitter's address is
-- private to curators and used only to tell them the decision.
create table contribution (
    id               uuid          not null primary key,
    kind             varchar(16)   not null,
    status           varchar(16)   not null,
    fields_json      varchar(20000) not null,
    lang             varchar(8)    not null,
    contact_email    varchar(320),
    file_name        varchar(255),
    file_media_type  varchar(200),
    file_size        bigint,
    file_sha256      varchar(64),
    file_text        varchar(1000000),
    submitted_at     timestamp with time zone not null,
    resource_slug    varchar(120),
    form_nonce       varchar(64)   not null unique,
    version          bigint        not null
);

create index contribution_status on contribution (status, submitted_at);

-- Every decision a curator takes: who, when, what, and what they changed.
create table moderation_decision (
    id              uuid          not null primary key,
    contribution_id uuid          not null references contribution (id) on delete cascade,
    curator         varchar(320)  not null,
    decided_at      timestamp with time zone not null,
    decision        varchar(16)   not null,
    reason          varchar(2000),
    changes         varchar(20000)
);
