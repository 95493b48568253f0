-- Plans with their programs and targets, calls for proposals, and the history of every state change.

create sequence plan_reference_seq;

create table plan (
    id              uuid primary key,
    reference       text        not null unique,
    kind            text        not null check (kind in ('MEDIUM_LONG_TERM', 'ANNUAL')),
    title           text        not null check (length(title) between 1 and 300),
    period_start    integer     not null check (period_start between 2000 and 2100),
    period_end      integer     not null check (period_end between 2000 and 2100),
    jurisdiction    char(6)     not null check (jurisdiction ~ '^[0-9]{6}$'),
    priority_areas  text[]      not null,
    targets         jsonb       not null default '[]',
    status          text        not null check (status in ('DRAFT', 'UNDER_REVIEW', 'PUBLISHED', 'ARCHIVED')),
    version         bigint      not null default 0,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    published_at    timestamptz,
    check (period_end >= period_start)
);

-- Keyset pagination: newest first, id as tie-breaker; one index per common filter.
create index plan_by_created on plan (created_at desc, id desc);
create index plan_by_status on plan (status, created_at desc, id desc);
create index plan_by_jurisdiction on plan (jurisdiction, created_at desc, id desc);
create index plan_published on plan (published_at desc, id desc) where status = 'PUBLISHED';

create table program (
    id                      uuid primary key,
    plan_id                 uuid          not null references plan (id) on delete cascade,
    position                integer       not null,
    name                    text          not null check (length(name) between 1 and 200),
    priority_area           text          not null,
    managing_department     text          not null,
    annual_budget_ceiling   numeric(18, 2) not null check (annual_budget_ceiling >= 0),
    management_institution  text,
    unique (plan_id, name),
    unique (plan_id, position)
);

create index program_by_plan on program (plan_id, position);

create table plan_history (
    id           bigint generated always as identity primary key,
    plan_id      uuid        not null references plan (id) on delete cascade,
    action       text        not null,
    from_status  text,
    to_status    text        not null,
    actor        text        not null,
    reason       text,
    at           timestamptz not null
);

create index plan_history_by_plan on plan_history (plan_id, id);

create sequence call_reference_seq;

create table call_for_proposals (
    id            uuid primary key,
    reference     text        not null unique,
    plan_id       uuid        not null references plan (id),
    program_id    uuid        not null references program (id),
    title         text        not null check (length(title) between 1 and 300),
    description   text        not null,
    opens_at      timestamptz not null,
    closes_at     timestamptz not null,
    jurisdiction  char(6)     not null check (jurisdiction ~ '^[0-9]{6}$'),
    status        text        not null check (status in ('SCHEDULED', 'OPEN', 'CLOSED', 'REVIEWED')),
    version       bigint      not null default 0,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    opened_at     timestamptz,
    closed_at     timestamptz,
    check (closes_at > opens_at)
);

create index call_by_created on call_for_proposals (created_at desc, id desc);
create index call_by_status on call_for_proposals (status, created_at desc, id desc);
create index call_by_program on call_for_proposals (program_id, created_at desc, id desc);

create table call_history (
    id           bigint generated always as identity primary key,
    call_id      uuid        not null references call_for_proposals (id) on delete cascade,
    action       text        not null,
    from_status  text,
    to_status    text        not null,
    actor        text        not null,
    reason       text,
    at           timestamptz not null
);

create index call_history_by_call on call_history (call_id, id);
