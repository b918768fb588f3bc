-- The early-warning network. Places, coordinates, texts and updates are sealed with the
-- collective's key; codes, categories, severities and times are not.
create table alert_protocol (
    id            uuid         not null primary key,
    collective_id uuid         not null references collective (id) on delete cascade,
    name          varchar(120) not null,
    categories    varchar(200) not null,
    min_severity  varchar(16)  not null,
    created_at    timestamp with time zone not null,
    version       bigint       not null
);

-- Tiers of a protocol, called in order: who (members, allies, coordinators, groups, or
-- single members), by which channels, and how long to wait for an acknowledgement.
create table alert_tier (
    protocol_id  uuid         not null references alert_protocol (id) on delete cascade,
    position     integer      not null,
    targets      varchar(2000) not null,
    channels     varchar(40)  not null,
    wait_minutes integer      not null,
    level        varchar(16)  not null,
    primary key (protocol_id, position)
);

create table alert_template (
    collective_id uuid        not null references collective (id) on delete cascade,
    lang          varchar(8)  not null,
    kind          varchar(16) not null,
    text          varchar(1000) not null,
    max_parts     integer     not null,
    primary key (collective_id, lang, kind)
);

create table alert (
    id              uuid        not null primary key,
    collective_id   uuid        not null references collective (id) on delete cascade,
    code            varchar(8)  not null,
    category        varchar(16) not null,
    severity        varchar(16) not null,
    source          varchar(16) not null,
    sealed_place    bytea,
    sealed_position bytea,
    sealed_text     bytea,
    occurred_at     timestamp with time zone not null,
    reported_at     timestamp with time zone not null,
    reporter_id     uuid,
    protocol_id     uuid,
    step            integer     not null,
    held            boolean     not null,
    status          varchar(16) not null,
    acknowledged_at timestamp with time zone,
    acknowledged_by uuid,
    updates         integer     not null,
    version         bigint      not null
);
create index alert_by_collective on alert (collective_id, status);

create table alert_event (
    id            uuid        not null primary key,
    alert_id      uuid        not null references alert (id) on delete cascade,
    at            timestamp with time zone not null,
    kind          varchar(24) not null,
    member_id     uuid,
    step          integer,
    sealed_detail bytea
);
create index alert_event_by_alert on alert_event (alert_id, at);

create table alert_sharing (
    collective_id uuid        not null primary key references collective (id) on delete cascade,
    cap_precision varchar(16) not null
);

-- SMS already read, so that a message announced twice (after a crash) raises one alert.
create table alert_sms_read (
    message_id uuid not null primary key,
    read_at    timestamp with time zone not null
);
