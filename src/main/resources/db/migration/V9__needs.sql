-- What collectives say they need, and the answers others point them to.
create table need (
    id           uuid          not null primary key,
    kind         varchar(32)   not null,
    description  varchar(2000) not null,
    language     varchar(16)   not null,
    area         varchar(64)   not null,
    posted_by    varchar(200),
    posted_at    timestamp with time zone not null,
    met          boolean       not null,
    version      bigint        not null
);

create table need_answer (
    id          uuid          not null primary key,
    need_id     uuid          not null references need (id) on delete cascade,
    link        varchar(1000) not null,
    note        varchar(500),
    answered_at timestamp with time zone not null
);
