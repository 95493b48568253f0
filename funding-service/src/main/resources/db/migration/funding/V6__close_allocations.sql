-- A closed project's allocation: what it never drew (the last tranche after a failed acceptance) went back.
alter table allocation drop constraint allocation_status_check;
alter table allocation add constraint allocation_status_check
    check (status in ('COMMITTED', 'SUSPENDED', 'TERMINATED', 'CLOSED', 'REJECTED'));
alter table allocation drop constraint allocation_frozen_reason_check;
alter table allocation add constraint allocation_frozen_reason_check
    check (frozen_reason in ('PROJECT_SUSPENDED', 'RECIPIENT_SANCTIONED', 'PROJECT_TERMINATED', 'PROJECT_CLOSED'));
alter table allocation drop constraint allocation_frozen;
alter table allocation add constraint allocation_frozen
    check ((status in ('SUSPENDED', 'TERMINATED', 'CLOSED')) = (frozen_reason is not null));
