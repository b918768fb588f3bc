-- Risk assessments of a collective. Everything that says what the collective fears or
-- where it is weak is sealed with the collective's key: the title, the facilitator and
-- each review's content (threats, facts, sources, vulnerabilities, capacities, candidate
-- measures, as one sealed JSON document). The next review date stays in clear so that
-- reminders can find assessments due for review without opening them.
create table risk_assessment (
    id                 uuid    not null primary key,
    collective_id      uuid    not null references collective (id) on delete cascade,
    sealed_title       bytea   not null,
    sealed_facilitator bytea,
    review_every_months integer not null,
    next_review_on     date,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            bigint  not null
);
create index risk_assessment_by_collective on risk_assessment (collective_id);
create index risk_assessment_by_next_review on risk_assessment (next_review_on);

-- Who may read an assessment: chosen by a coordinator among the collective's people.
create table risk_assessment_reader (
    assessment_id uuid not null references risk_assessment (id) on delete cascade,
    member_id     uuid not null references collective_member (id) on delete cascade,
    primary key (assessment_id, member_id)
);
create index risk_assessment_reader_by_member on risk_assessment_reader (member_id);

-- One review of an assessment: numbered from 1, held on a day; only the latest changes.
create table risk_review (
    id             uuid    not null primary key,
    assessment_id  uuid    not null references risk_assessment (id) on delete cascade,
    number         integer not null,
    held_on        date    not null,
    sealed_content bytea   not null,
    created_at     timestamp with time zone not null,
    created_by     uuid,
    constraint risk_review_number_unique unique (assessment_id, number)
);
