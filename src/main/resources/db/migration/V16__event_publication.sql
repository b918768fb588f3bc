-- Events between modules, kept until every listener has handled them, so that a crash
-- between one module's commit and another's reaction loses nothing (Spring Modulith's
-- event publication registry). Events carry ids only, never sensitive text.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(4000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_listener on event_publication (listener_id, serialized_event);
create index event_publication_by_completion_date on event_publication (completion_date);
