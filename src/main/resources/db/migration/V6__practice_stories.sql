-- A community practice told as a story: what threatened them, what they did, what helped,
-- what they would do differently. The community and place are kept only when the community
-- chose to be named.
create table resource_story (
    resource_id  uuid          not null primary key references resource (id) on delete cascade,
    threat       varchar(4000),
    actions      varchar(4000),
    helped       varchar(4000),
    differently  varchar(4000),
    community    varchar(300),
    place        varchar(300)
);
