-- Controlled vocabularies: stable codes, labels per UI language.
create table vocabulary_term (
    vocabulary varchar(32) not null,
    code       varchar(64) not null,
    position   integer     not null,
    grouping   varchar(64),
    primary key (vocabulary, code)
);

create table vocabulary_label (
    vocabulary varchar(32)  not null,
    code       varchar(64)  not null,
    lang       varchar(8)   not null,
    label      varchar(200) not null,
    primary key (vocabulary, code, lang),
    foreign key (vocabulary, code) references vocabulary_term (vocabulary, code)
);

create table resource (
    id               uuid          not null primary key,
    slug             varchar(120)  not null unique,
    title            varchar(400)  not null,
    original_language varchar(8)   not null,
    summary          varchar(1000),
    summary_language varchar(8)    not null,
    publisher        varchar(400),
    publication_year integer,
    type_code        varchar(64)   not null,
    need             varchar(16),
    url              varchar(1000) not null,
    licence          varchar(200),
    link_note        varchar(32),
    topic_note       varchar(1000),
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint        not null
);

create table resource_area (
    resource_id uuid        not null references resource (id) on delete cascade,
    code        varchar(64) not null,
    primary key (resource_id, code)
);

create table resource_language (
    resource_id uuid        not null references resource (id) on delete cascade,
    code        varchar(16) not null,
    primary key (resource_id, code)
);

create table resource_region (
    resource_id uuid        not null references resource (id) on delete cascade,
    code        varchar(64) not null,
    primary key (resource_id, code)
);

create table resource_translation (
    resource_id uuid         not null references resource (id) on delete cascade,
    lang        varchar(8)   not null,
    title       varchar(400),
    summary     varchar(1000),
    primary key (resource_id, lang)
);

create table resource_rating (
    resource_id uuid        not null references resource (id) on delete cascade,
    criterion   varchar(64) not null,
    score       smallint    not null,
    primary key (resource_id, criterion)
);

create table resource_file (
    id             uuid          not null primary key,
    resource_id    uuid          not null references resource (id) on delete cascade,
    position       integer       not null,
    file_name      varchar(255)  not null,
    media_type     varchar(200)  not null,
    size_bytes     bigint        not null,
    sha256         varchar(64)   not null,
    extracted_text varchar(1000000),
    stored_at      timestamp with time zone not null
);

create index resource_file_resource on resource_file (resource_id);
