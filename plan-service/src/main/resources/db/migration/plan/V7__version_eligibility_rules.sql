-- A call's eligibility rules as data, versioned with the call: the call holds the rules in force and their version;
-- every version stays in call_eligibility_rules with who set it and when, so an auditor sees what applied when.
-- Calls that exist already get version 1 with the defaults (the principal investigator may not be barred by an
-- integrity sanction), kept as set by this migration.

alter table call_for_proposals
    add column eligibility_rules jsonb not null default '{"rules": [{"kind": "no-active-sanction"}]}',
    add column rules_version integer not null default 1 check (rules_version >= 1);

alter table call_for_proposals
    alter column eligibility_rules drop default,
    alter column rules_version drop default;

create table call_eligibility_rules (
    call_id     uuid        not null references call_for_proposals (id) on delete cascade,
    version     integer     not null check (version >= 1),
    rules       jsonb       not null,
    changed_at  timestamptz not null,
    changed_by  text        not null,
    primary key (call_id, version)
);

insert into call_eligibility_rules (call_id, version, rules, changed_at, changed_by)
select id, 1, eligibility_rules, created_at, 'migration V7 (default rules)' from call_for_proposals;
