-- Tables of the starter's test application: things created over HTTP (web, idempotency tests) and the effects
-- of consumed events (inbox tests).

create table thing (
    id          uuid        primary key,
    owner       text        not null,
    name        text        not null,
    size        integer     not null,
    version     bigint      not null default 0,
    created_at  timestamptz not null default now()
);

create index thing_name on thing (name);

-- One row per applied event and consumer; position records the order in which effects committed.
create table effect (
    position        bigint generated always as identity primary key,
    consumer        text        not null,
    event_id        uuid        not null,
    aggregate_id    uuid        not null,
    event_type      text        not null,
    correlation_id  text,
    applied_at      timestamptz not null default now()
);

create index effect_aggregate on effect (aggregate_id);
