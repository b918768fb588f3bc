-- Situation reports a collective shared with the coalition. Only the anonymised report
-- leaves the collective, so it is kept as it left: the CSV of its figures (codes, counts
-- already suppressed, positions already rounded), not sealed, readable by the instance's
-- administrators and curators. The collective's name only when its coordinator allowed
-- it; otherwise it stays empty and the coalition sees "a collective".
create table report_shared (
    id              uuid          not null primary key,
    collective_id   uuid          not null references collective (id) on delete cascade,
    shared_at       timestamp with time zone not null,
    period_from     date          not null,
    period_to       date          not null,
    collective_name varchar(200),
    figures         varchar(1000000) not null
);
create index report_shared_by_collective on report_shared (collective_id, shared_at);
