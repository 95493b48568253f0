-- Read models of talent-service's researchers, experts and integrity sanctions, fed by their events
-- (plan-service never calls talent-service). Each row holds the latest facts; as_of is the occurredAt of the event
-- that wrote them, so an older event never overwrites newer facts.

create table researcher_ref (
    researcher_id    uuid primary key,
    orcid            text,
    organisation_id  uuid,
    fields           text[]      not null,
    jurisdiction     char(6)     not null,
    as_of            timestamptz not null
);

create index researcher_ref_by_organisation on researcher_ref (organisation_id);

create table expert_ref (
    expert_id                 uuid primary key,
    organisation_id           uuid,
    fields                    text[]      not null,
    conflict_organisation_ids uuid[]      not null,
    conflict_researcher_ids   uuid[]      not null,
    available                 boolean     not null,
    unavailable_until         date,
    jurisdiction              char(6)     not null,
    as_of                     timestamptz not null
);

create table integrity_sanction (
    sanction_id    uuid primary key,
    researcher_id  uuid        not null,
    misconduct     text        not null,
    measures       text[]      not null,
    bars_apply     boolean     not null,
    bars_funds     boolean     not null,
    bars_nominated boolean     not null,
    bars_nominate  boolean     not null,
    bars_review    boolean     not null,
    starts_on      date        not null,
    ends_on        date,
    lifted_at      timestamptz,
    lift_reason    text,
    jurisdiction   char(6)     not null,
    as_of          timestamptz not null
);

create index integrity_sanction_by_researcher on integrity_sanction (researcher_id) where lifted_at is null;
