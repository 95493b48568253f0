-- The registry of applicant organisations (plan-service owns it until a dedicated service exists).
create table organisation (
    id            uuid primary key,
    credit_code   char(18)    not null unique,
    name          text        not null check (length(name) between 1 and 200),
    type          text        not null check (type in ('UNIVERSITY', 'RESEARCH_INSTITUTE', 'ENTERPRISE', 'HOSPITAL', 'OTHER')),
    jurisdiction  char(6)     not null check (jurisdiction ~ '^[0-9]{6}$'),
    version       bigint      not null default 0,
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);

create index organisation_by_created on organisation (created_at desc, id desc);
create index organisation_by_jurisdiction on organisation (jurisdiction, created_at desc, id desc);

create table organisation_history (
    id               bigint generated always as identity primary key,
    organisation_id  uuid        not null references organisation (id) on delete cascade,
    action           text        not null,
    from_status      text,
    to_status        text        not null,
    actor            text        not null,
    reason           text,
    at               timestamptz not null
);

create index organisation_history_by_organisation on organisation_history (organisation_id, id);
