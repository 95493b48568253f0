-- What an integrity sanction does to the projects its researcher leads, kept until it is done: a sanction that
-- starts later takes effect on its first day (the sanction-effects schedule applies it), one lifted before then
-- never does.
create table sanction_effect (
    sanction_id    uuid primary key,
    researcher_id  uuid        not null,
    action         text        not null check (action in ('SUSPEND', 'TERMINATE')),
    reason         text        not null,
    starts_on      date        not null,
    ends_on        date,
    applied_at     timestamptz,
    cancelled_at   timestamptz
);

create index sanction_effect_pending on sanction_effect (starts_on) where applied_at is null and cancelled_at is null;
