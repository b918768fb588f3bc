-- Each collective's data key, only ever stored wrapped (encrypted) by the master key, which
-- never lives in the database. Deleting a row makes that collective's data unreadable,
-- backups included.
create table collective_key (
    collective_id  uuid          not null primary key,
    wrapped_key    varchar(4000) not null,
    created_at     timestamp with time zone not null
);
