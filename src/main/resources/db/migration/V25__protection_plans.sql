-- Protection plans: the measures that answer an assessment's threats and vulnerabilities.
-- What a measure is (title), what it needs (resources), what it answers (threat and
-- vulnerability ids) and who is responsible (member ids) are sealed with the collective's
-- key: who protects whom, against what, is sensitive. Kind, due date and status stay in
-- clear so that reminders find measures falling due without opening them.
create table risk_plan_measure (
    id                 uuid        not null primary key,
    collective_id      uuid        not null references collective (id) on delete cascade,
    assessment_id      uuid        not null references risk_assessment (id) on delete cascade,
    kind               varchar(16) not null,
    sealed_title       bytea       not null,
    sealed_resources   bytea,
    sealed_answers     bytea       not null,
    sealed_responsible bytea       not null,
    due_on             date,
    status             varchar(12) not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            bigint      not null
);
create index risk_plan_measure_by_assessment on risk_plan_measure (collective_id, assessment_id);
create index risk_plan_measure_by_due on risk_plan_measure (due_on, status);

-- Reminders already queued: one row per measure (or assessment), date and rule, so that
-- the recurring check opens only what it has not reminded yet. The outbox's idempotency
-- keys still guarantee that no message goes twice. Rows go with their collective.
create table risk_plan_reminder (
    collective_id uuid     not null references collective (id) on delete cascade,
    subject_id uuid        not null,
    on_date    date        not null,
    rule       varchar(16) not null,
    queued_at  timestamp with time zone not null,
    primary key (subject_id, on_date, rule)
);
