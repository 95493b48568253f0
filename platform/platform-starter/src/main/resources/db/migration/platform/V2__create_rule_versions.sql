-- The figures officials apply (periods, shares, quotas) as dated versions of named rules. The version in force on
-- a day is the latest live one effective on or before it. A row is never changed, except to withdraw a version
-- before it takes effect, so the figure that applied on any past day can always be answered.
create table rule_version (
    id             bigint generated always as identity primary key,
    rule           text        not null,
    effective_from date        not null,
    value          jsonb       not null,
    reason         text,
    recorded_by    text        not null,
    recorded_at    timestamptz not null,
    withdrawn_by   text,
    withdrawn_at   timestamptz,
    constraint rule_version_withdrawal check ((withdrawn_by is null) = (withdrawn_at is null))
);

-- One live version per rule and day; it also serves the lookup of the version in force.
create unique index rule_version_live on rule_version (rule, effective_from) where withdrawn_at is null;
