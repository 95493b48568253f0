-- Platform tables, in their own schema "platform" with their own Flyway history, so they never meet a
-- service's migrations. Managed by platform-starter.

-- Transactional outbox: written in the transaction that changes an aggregate, published by the relay in
-- position order. Modelled on spring-modulith's event publication table.
create table outbox (
    position        bigint generated always as identity primary key,
    event_id        uuid        not null unique,
    topic           text        not null,
    event_key       text        not null,
    event_type      text        not null,
    event_source    text        not null,
    data_schema     text        not null,
    payload         jsonb       not null,
    correlation_id  text,
    occurred_at     timestamptz not null,
    created_at      timestamptz not null default now(),
    published_at    timestamptz,
    attempts        integer     not null default 0,
    last_error      text
);

create index outbox_unpublished on outbox (position) where published_at is null;
create index outbox_published_at on outbox (published_at) where published_at is not null;

-- Wakes the relay when a transaction that wrote outbox rows commits (NOTIFY is delivered on commit).
create function outbox_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('scibureau_outbox', '');
    return null;
end
$$;

create trigger outbox_notify after insert on outbox
    for each statement execute function outbox_notify();

-- Inbox: an event's id committed with its effect, per consumer, so a redelivery has no second effect.
create table inbox (
    event_id     uuid        not null,
    consumer     text        not null,
    event_type   text        not null,
    received_at  timestamptz not null default now(),
    primary key (event_id, consumer)
);

-- Idempotency keys of creating POSTs: the first response is replayed for the same key and body.
create table idempotency_key (
    caller           text        not null,
    idempotency_key  text        not null,
    request_hash     text        not null,
    state            text        not null check (state in ('IN_PROGRESS', 'COMPLETED')),
    response_status  integer,
    response_headers jsonb,
    response_body    bytea,
    created_at       timestamptz not null default now(),
    completed_at     timestamptz,
    primary key (caller, idempotency_key)
);

create index idempotency_key_created_at on idempotency_key (created_at);
