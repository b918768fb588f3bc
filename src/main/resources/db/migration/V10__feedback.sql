-- Whether readers found a resource useful: only the totals are kept, never who voted.
create table resource_feedback (
    resource_id uuid    not null primary key references resource (id) on delete cascade,
    useful      integer not null,
    not_useful  integer not null
);

-- Readers' comments on a resource, once a curator published them.
create table resource_comment (
    id           uuid          not null primary key,
    resource_id  uuid          not null references resource (id) on delete cascade,
    author       varchar(120),
    body         varchar(2000) not null,
    published_at timestamp with time zone not null
);

create index resource_comment_resource on resource_comment (resource_id, published_at);
