-- Freezes: a suspended project's (or a sanctioned investigator's) undisbursed tranches are frozen until it resumes;
-- a terminated project's are returned to the fund.
alter table allocation drop constraint allocation_status_check;
alter table allocation add constraint allocation_status_check
    check (status in ('COMMITTED', 'SUSPENDED', 'TERMINATED', 'REJECTED'));
alter table allocation add column frozen_reason text
    check (frozen_reason in ('PROJECT_SUSPENDED', 'RECIPIENT_SANCTIONED', 'PROJECT_TERMINATED'));
alter table allocation add constraint allocation_frozen check ((status in ('SUSPENDED', 'TERMINATED')) = (frozen_reason is not null));

-- Live: what the project may still draw on, or draw on again once it resumes.
drop index allocation_live;
create unique index allocation_live on allocation (project_id) where status in ('COMMITTED', 'SUSPENDED');
create index allocation_by_investigator on allocation (principal_investigator_id) where status in ('COMMITTED', 'SUSPENDED');

alter table tranche drop constraint tranche_status_check;
alter table tranche add constraint tranche_status_check
    check (status in ('PLANNED', 'RELEASED', 'AWAITING_CONFIRMATION', 'DISBURSED', 'FROZEN', 'RETURNED'));
alter table tranche add column frozen_from text check (frozen_from in ('PLANNED', 'RELEASED', 'AWAITING_CONFIRMATION'));
alter table tranche add column returned_at timestamptz;
alter table tranche drop constraint tranche_released;
alter table tranche add constraint tranche_released
    check (status not in ('RELEASED', 'AWAITING_CONFIRMATION', 'DISBURSED') or released_at is not null);
alter table tranche add constraint tranche_frozen check ((status = 'FROZEN') = (frozen_from is not null));
alter table tranche add constraint tranche_returned check ((status = 'RETURNED') = (returned_at is not null));
