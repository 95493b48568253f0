-- What the project may spend per budget category (its requested lines scaled to the approved total).
alter table allocation add column line_budgets jsonb;

-- Expenditure reports: what a funded project has spent by budget category up to a day, and the lines that overspend
-- their budget by more than the allowance in force (variance alerts).
create table expenditure_report (
    id            uuid primary key,
    allocation_id uuid          not null references allocation (id),
    period_end    date          not null,
    lines         jsonb         not null,
    total_spent   numeric(16, 2) not null check (total_spent >= 0),
    alerts        integer       not null check (alerts >= 0),
    reported_by   text          not null,
    reported_at   timestamptz   not null,
    unique (allocation_id, period_end)
);

create index expenditure_report_by_allocation on expenditure_report (allocation_id, reported_at desc, id desc);
create index expenditure_report_alerted on expenditure_report (reported_at desc, id desc) where alerts > 0;
