-- Who approved the project: that officer never disburses its funds (separation of duties).
alter table allocation add column approved_by text;

-- Every change to an allocation and its tranches, for auditors: who did what, when, from which state to which.
create table allocation_history (
    id            bigint generated always as identity primary key,
    allocation_id uuid        not null references allocation (id),
    action        text        not null,
    from_status   text,
    to_status     text        not null,
    actor         text        not null,
    reason        text,
    at            timestamptz not null
);

create index allocation_history_by_allocation on allocation_history (allocation_id, id);

-- The tranches of a committed allocation, as plan-service planned them. PLANNED until what releases it happens
-- (the contract, a milestone's acceptance, the project's acceptance), RELEASED until a finance officer pays it,
-- AWAITING_CONFIRMATION when its amount needs a second officer, DISBURSED once paid.
create table tranche (
    allocation_id     uuid          not null references allocation (id),
    sequence          integer       not null check (sequence >= 1),
    amount            numeric(16, 2) not null check (amount >= 0),
    release_trigger   text          not null check (release_trigger in ('CONTRACT_SIGNED', 'MILESTONE_ACCEPTED',
                                                                        'PROJECT_ACCEPTED')),
    milestone_id      uuid,
    status            text          not null check (status in ('PLANNED', 'RELEASED', 'AWAITING_CONFIRMATION',
                                                               'DISBURSED')),
    released_at       timestamptz,
    requested_by      text,
    requested_at      timestamptz,
    disbursed_by      text,
    disbursed_at      timestamptz,
    payment_reference text,
    primary key (allocation_id, sequence),
    constraint tranche_released check ((status = 'PLANNED') = (released_at is null)),
    constraint tranche_requested check ((status = 'AWAITING_CONFIRMATION') <= (requested_by is not null)),
    constraint tranche_disbursed check ((status = 'DISBURSED') = (disbursed_at is not null)),
    -- Two officers when a second one was needed: whoever confirms did not request it.
    constraint tranche_four_eyes check (requested_by is null or disbursed_by is null or requested_by <> disbursed_by)
);

create index tranche_by_milestone on tranche (milestone_id) where milestone_id is not null;
