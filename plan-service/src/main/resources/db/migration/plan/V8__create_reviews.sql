-- Expert reviews of a call's projects: the assignment of reviewers with its explanation and the decision are jsonb
-- documents owned by the domain; each assignment is a row, so that an expert's assignments are found by index and
-- each score sheet is written on its own.

create table review (
    id                            uuid primary key,
    call_id                       uuid        not null references call_for_proposals (id),
    plan_id                       uuid        not null,
    program_id                    uuid        not null,
    jurisdiction                  char(6)     not null check (jurisdiction ~ '^[0-9]{6}$'),
    reviewers_per_project         integer     not null check (reviewers_per_project >= 1),
    max_projects_per_expert       integer     not null check (max_projects_per_expert >= 1),
    collaboration_lookback_years  integer     not null check (collaboration_lookback_years >= 0),
    criteria                      jsonb       not null,
    assignment                    jsonb       not null,
    set_aside                     jsonb       not null,
    status                        text        not null check (status in ('ASSIGNED', 'SCORED', 'DECIDED')),
    decision                      jsonb,
    version                       bigint      not null default 0,
    created_at                    timestamptz not null,
    updated_at                    timestamptz not null,
    foreign key (plan_id, program_id) references program (plan_id, id),
    check ((status = 'DECIDED') = (decision is not null))
);

-- One review under way per call: a second one would assign the same projects twice.
create unique index review_open_per_call on review (call_id) where status <> 'DECIDED';
create index review_by_created on review (created_at desc, id desc);
create index review_by_call on review (call_id, created_at desc, id desc);

create table review_assignment (
    id           uuid primary key,
    review_id    uuid        not null references review (id) on delete cascade,
    project_id   uuid        not null references project (id),
    expert_id    uuid        not null,
    assigned_at  timestamptz not null,
    scores       jsonb,
    comment      text,
    scored_at    timestamptz,
    unique (review_id, project_id, expert_id),
    check ((scores is null) = (scored_at is null))
);

-- An expert's assignments, newest first.
create index review_assignment_by_expert on review_assignment (expert_id, assigned_at desc, id desc);

create table review_history (
    id           bigint generated always as identity primary key,
    review_id    uuid        not null references review (id) on delete cascade,
    action       text        not null,
    from_status  text,
    to_status    text        not null,
    actor        text        not null,
    reason       text,
    at           timestamptz not null
);

create index review_history_by_review on review_history (review_id, id);

-- One row per program and fiscal year, locked (select … for update) by every review decision of that program and
-- year, so that concurrent decisions take turns and each one sees what the previous approved.
create table program_year_lock (
    program_id   uuid    not null,
    fiscal_year  integer not null check (fiscal_year between 2000 and 2100),
    primary key (program_id, fiscal_year)
);
