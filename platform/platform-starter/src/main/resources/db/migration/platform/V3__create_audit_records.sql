-- One row per state-changing request (POST, PUT, PATCH, DELETE): who, through which client, what, when, and how it
-- ended. A request whose change commits records it in the change's own transaction, before the response exists, so
-- its status is null; every other request (refused, failed, or one that changed nothing in a transaction) gets a row
-- with the status it was answered with, written just after the answer (ADR 0018).
create table audit_record (
    id              uuid        primary key,
    occurred_at     timestamptz not null,
    actor           text,
    subject         text,
    client_id       text,
    method          text        not null,
    path            text        not null,
    operation       text,
    status          integer,
    outcome         text        not null,
    correlation_id  text,
    constraint audit_record_outcome check (outcome in ('SUCCEEDED', 'REFUSED', 'FAILED')),
    constraint audit_record_status check (status is not null or outcome = 'SUCCEEDED')
);

-- The auditors' list: newest first, resumed by keyset.
create index audit_record_newest on audit_record (occurred_at desc, id desc);

-- Append-only: a record, once written, is never changed or removed by the service. Removing records (retention) is
-- a deliberate act of the database owner, who may disable the trigger for it.
create function audit_record_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit records are append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_record_append_only before update or delete or truncate on audit_record
    for each statement execute function audit_record_append_only();
