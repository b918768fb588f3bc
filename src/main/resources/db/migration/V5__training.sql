-- Trainings and webinars, and who registered for them.
create table training_event (
    id            uuid          not null primary key,
    slug          varchar(120)  not null unique,
    title         varchar(300)  not null,
    description   varchar(4000) not null,
    starts_at     timestamp with time zone not null,
    ends_at       timestamp with time zone not null,
    time_zone     varchar(64)   not null,
    format        varchar(16)   not null,
    link          varchar(1000),
    place         varchar(300),
    organiser     varchar(300)  not null,
    capacity      integer,
    registration  boolean       not null,
    created_at    timestamp with time zone not null,
    version       bigint        not null
);

create index training_event_starts on training_event (starts_at);

create table training_event_language (
    event_id uuid        not null references training_event (id) on delete cascade,
    code     varchar(16) not null,
    primary key (event_id, code)
);

create table training_event_resource (
    event_id uuid         not null references training_event (id) on delete cascade,
    position integer      not null,
    slug     varchar(120) not null,
    primary key (event_id, position)
);

-- Only what the organiser needs to reach people; no addresses of where they registered from.
create table training_registration (
    id            uuid         not null primary key,
    event_id      uuid         not null references training_event (id) on delete cascade,
    name          varchar(120) not null,
    contact       varchar(320),
    registered_at timestamp with time zone not null,
    form_nonce    varchar(64)  not null unique
);

create index training_registration_event on training_registration (event_id);
