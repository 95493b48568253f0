-- The programs of published plans, as funding-service learns them from PlanPublished (a read model: plan-service
-- owns programs). A program keeps its id across plan versions; the latest published version names it.
create table program (
    program_id          uuid primary key,
    plan_id             uuid        not null,
    name                text        not null,
    priority_area       text        not null,
    managing_department text        not null,
    jurisdiction        char(6)     not null,
    as_of               timestamptz not null
);

-- Integrity sanctions of researchers, from talent-service's events: a sanction barring the receipt of funds refuses
-- allocations to projects the researcher leads.
create table integrity_sanction (
    sanction_id   uuid primary key,
    researcher_id uuid        not null,
    bars_funds    boolean     not null,
    starts_on     date        not null,
    ends_on       date,
    lifted_at     timestamptz,
    as_of         timestamptz not null
);

create index integrity_sanction_by_researcher on integrity_sanction (researcher_id) where lifted_at is null;

-- S&T funds: one per source and fiscal year (or more), with its appropriation and the running figures.
-- committed: commitments not yet disbursed; disbursed: paid out; returned: freed by freezes and closures.
create sequence fund_reference_seq;

create table fund (
    id            uuid primary key,
    reference     text          not null unique,
    name          text          not null,
    fiscal_year   integer       not null check (fiscal_year between 2000 and 2100),
    source        text          not null check (source in ('MUNICIPAL_BUDGET', 'NATURAL_SCIENCE_FUND', 'SPECIAL_FUND',
                                                           'VENTURE_GUIDANCE_FUND')),
    jurisdiction  char(6)       not null,
    appropriation numeric(16, 2) not null check (appropriation >= 0),
    committed     numeric(16, 2) not null default 0 check (committed >= 0),
    disbursed     numeric(16, 2) not null default 0 check (disbursed >= 0),
    returned      numeric(16, 2) not null default 0 check (returned >= 0),
    version       bigint        not null default 0,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    -- The invariant, whatever the concurrency: no fund ever promises or pays more than it was given.
    constraint fund_within_appropriation check (committed + disbursed <= appropriation),
    unique (id, fiscal_year)
);

create index fund_by_year on fund (fiscal_year, id);

create table fund_history (
    id          bigint generated always as identity primary key,
    fund_id     uuid        not null references fund (id),
    action      text        not null,
    from_status text,
    to_status   text        not null,
    actor       text        not null,
    reason      text,
    at          timestamptz not null
);

create index fund_history_by_fund on fund_history (fund_id, id);

-- Which fund pays for a program in a fiscal year: exactly one (the primary key), of that year (the foreign key).
create table fund_program (
    program_id  uuid    not null,
    fiscal_year integer not null,
    fund_id     uuid    not null,
    primary key (program_id, fiscal_year),
    foreign key (fund_id, fiscal_year) references fund (id, fiscal_year)
);

create index fund_program_by_fund on fund_program (fund_id);

-- One allocation per funding attempt of an approved project (its approval, then each re-submission): the budget
-- committed against the fund of its program and approval year, or the reason it was not.
create sequence allocation_reference_seq;

create table allocation (
    id                        uuid primary key,
    reference                 text          not null unique,
    project_id                uuid          not null,
    funding_attempt           integer       not null check (funding_attempt >= 1),
    project_reference         text          not null,
    project_title             text          not null,
    program_id                uuid          not null,
    organisation_id           uuid          not null,
    principal_investigator_id uuid          not null,
    jurisdiction              char(6)       not null,
    fiscal_year               integer       not null,
    amount                    numeric(16, 2) not null check (amount > 0),
    fund_id                   uuid references fund (id),
    status                    text          not null check (status in ('COMMITTED', 'REJECTED')),
    rejection_reason          text check (rejection_reason in ('NO_FUND', 'INSUFFICIENT_FUNDS', 'RECIPIENT_SANCTIONED')),
    rejection_detail          text,
    tranches                  jsonb         not null,
    version                   bigint        not null default 0,
    created_at                timestamptz   not null,
    updated_at                timestamptz   not null,
    unique (project_id, funding_attempt),
    constraint allocation_outcome check ((status = 'REJECTED') = (rejection_reason is not null)
                                         and (status = 'REJECTED' or fund_id is not null))
);

-- At most one live allocation per project, whatever the deliveries and the instances.
create unique index allocation_live on allocation (project_id) where status <> 'REJECTED';
create index allocation_by_creation on allocation (created_at desc, id desc);
create index allocation_by_fund on allocation (fund_id, created_at desc, id desc);
create index allocation_by_organisation on allocation (organisation_id, created_at desc, id desc);
