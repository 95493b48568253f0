-- Projects, born as applications to a call. Queryable facts are columns (dashboard filters, eligibility counts,
-- conflict-of-interest lookups); the application's structured content and the records of later stages (approval,
-- funding, contract, mid-term check, milestone reports) are jsonb documents owned by the domain.

create sequence project_reference_seq;

create table project (
    id                  uuid primary key,
    reference           text        not null unique,
    call_id             uuid        not null references call_for_proposals (id),
    program_id          uuid        not null,
    organisation_id     uuid        not null references organisation (id),
    pi_id               uuid        not null,
    team_member_ids     uuid[]      not null,
    jurisdiction        char(6)     not null check (jurisdiction ~ '^[0-9]{6}$'),
    title               text        not null,
    fields              text[]      not null,
    requested_amount    numeric(18, 2) not null check (requested_amount >= 0),
    status              text        not null check (status in ('DRAFT', 'SUBMITTED', 'FORMAL_CHECK', 'RETURNED',
                            'WITHDRAWN', 'EXPERT_REVIEW', 'APPROVED', 'REJECTED', 'CONTRACTED', 'IN_PROGRESS',
                            'MIDTERM_CHECKED', 'ACCEPTANCE_REQUESTED', 'ACCEPTED', 'FAILED_ACCEPTANCE', 'CLOSED',
                            'SUSPENDED', 'TERMINATED')),
    resume_to           text,
    status_reason       text,
    content             jsonb       not null,
    approval            jsonb,
    approved_amount     numeric(18, 2),
    fiscal_year         integer,
    funding             jsonb,
    contract            jsonb,
    midterm_check       jsonb,
    milestone_reports   jsonb       not null default '[]',
    application_year    integer,
    version             bigint      not null default 0,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    submitted_at        timestamptz,
    check ((status = 'SUSPENDED') = (resume_to is not null)),
    check ((approval is null) = (approved_amount is null))
);

-- Keyset pagination, newest first, per dashboard filter.
create index project_by_created on project (created_at desc, id desc);
create index project_by_status on project (status, created_at desc, id desc);
create index project_by_call on project (call_id, created_at desc, id desc);
create index project_by_program on project (program_id, created_at desc, id desc);
create index project_by_organisation on project (organisation_id, created_at desc, id desc);
create index project_by_pi on project (pi_id, created_at desc, id desc);
create index project_by_jurisdiction on project (jurisdiction, created_at desc, id desc);
create index project_by_year on project (application_year, created_at desc, id desc);
-- Collaboration conflicts: the projects a researcher took part in, as PI or team member.
create index project_by_team on project using gin (team_member_ids);

create table project_history (
    id           bigint generated always as identity primary key,
    project_id   uuid        not null references project (id) on delete cascade,
    action       text        not null,
    from_status  text,
    to_status    text        not null,
    actor        text        not null,
    reason       text,
    at           timestamptz not null
);

create index project_history_by_project on project_history (project_id, id);
