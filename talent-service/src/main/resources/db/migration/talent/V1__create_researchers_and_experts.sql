-- The talent pool: researchers, the review profiles of those who are experts, and the history of every change.

create sequence researcher_reference_seq;

create table researcher (
    id               uuid primary key,
    reference        text        not null unique,
    name             text        not null check (length(name) between 1 and 200),
    -- Unique, so two concurrent registrations of one ORCID iD cannot both succeed; several researchers may have none.
    orcid            text        unique check (orcid ~ '^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$'),
    organisation_id  uuid,
    fields           text[]      not null check (cardinality(fields) between 1 and 20),
    title            text,
    tier             text        check (tier in ('A', 'B', 'C', 'D', 'E', 'F')),
    nationality      char(2)     not null check (nationality ~ '^[A-Z]{2}$'),
    jurisdiction     char(6)     not null check (jurisdiction ~ '^[0-9]{6}$'),
    version          bigint      not null default 0,
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);

-- Keyset pagination: newest first, id as tie-breaker; one index per common filter.
create index researcher_by_created on researcher (created_at desc, id desc);
create index researcher_by_jurisdiction on researcher (jurisdiction, created_at desc, id desc);
create index researcher_by_organisation on researcher (organisation_id, created_at desc, id desc);
create index researcher_by_fields on researcher using gin (fields);

create table researcher_history (
    id             bigint generated always as identity primary key,
    researcher_id  uuid        not null references researcher (id) on delete cascade,
    action         text        not null,
    from_status    text,
    to_status      text        not null,
    actor          text        not null,
    reason         text,
    at             timestamptz not null
);

create index researcher_history_by_researcher on researcher_history (researcher_id, id);

-- An expert is a researcher with a review profile: same id; organisation and jurisdiction are the researcher's.
create table expert (
    id                         uuid primary key references researcher (id) on delete cascade,
    review_fields              text[]      not null check (cardinality(review_fields) between 1 and 20),
    conflict_organisation_ids  uuid[]      not null default '{}',
    conflict_researcher_ids    uuid[]      not null default '{}',
    available                  boolean     not null,
    unavailable_until          date,
    version                    bigint      not null default 0,
    created_at                 timestamptz not null,
    updated_at                 timestamptz not null
);

create index expert_by_created on expert (created_at desc, id desc);
create index expert_by_review_fields on expert using gin (review_fields);

create table expert_history (
    id           bigint generated always as identity primary key,
    expert_id    uuid        not null references expert (id) on delete cascade,
    action       text        not null,
    from_status  text,
    to_status    text        not null,
    actor        text        not null,
    reason       text,
    at           timestamptz not null
);

create index expert_history_by_expert on expert_history (expert_id, id);
