-- The calls for proposals plan-service has opened, as funding-service learns them from CallOpened/CallClosed.
-- A read model: plan-service owns calls; this table is rebuilt from the event stream.
create table open_call (
    call_id       uuid primary key,
    reference     text        not null,
    plan_id       uuid        not null,
    program_id    uuid        not null,
    title         text        not null,
    opens_at      timestamptz not null,
    closes_at     timestamptz not null,
    jurisdiction  char(6)     not null,
    status        text        not null check (status in ('OPEN', 'CLOSED')),
    opened_at     timestamptz not null,
    closed_at     timestamptz,
    version       bigint      not null default 0,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);

create index open_call_open on open_call (opens_at desc, call_id desc) where status = 'OPEN';
