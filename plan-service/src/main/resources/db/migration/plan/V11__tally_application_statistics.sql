-- The dashboard's application statistics without reading every project: submitted applications tallied per
-- application year, program and division as projects change, by a trigger in the transaction of the change, so the
-- tally is always that of the committed projects. A group is spread over 8 rows (a project's slot is fixed by its
-- id), so that submissions to one program in one division at the same moment rarely wait on the same row; the
-- statistics sum the slots.
create table project_tally (
    application_year integer,
    program_id       uuid           not null,
    jurisdiction     char(6)        not null,
    slot             smallint       not null check (slot between 0 and 7),
    applications     bigint         not null default 0,
    approved         bigint         not null default 0,
    rejected         bigint         not null default 0,
    requested        numeric(20, 2) not null default 0,
    approved_amount  numeric(20, 2) not null default 0,
    constraint project_tally_group unique nulls not distinct (application_year, program_id, jurisdiction, slot)
);

-- What a project adds to its group's tally (sign 1) or takes away from it (sign -1).
create function project_tally_add(p project, sign integer) returns void language sql as $$
    insert into project_tally as t (application_year, program_id, jurisdiction, slot, applications, approved,
                                    rejected, requested, approved_amount)
    values (p.application_year, p.program_id, p.jurisdiction, (hashtextextended(p.id::text, 0) & 7)::smallint, sign,
            sign * (p.approval is not null)::integer, sign * (p.status = 'REJECTED')::integer,
            sign * p.requested_amount, sign * coalesce(p.approved_amount, 0))
    on conflict on constraint project_tally_group do update
    set applications = t.applications + excluded.applications,
        approved = t.approved + excluded.approved,
        rejected = t.rejected + excluded.rejected,
        requested = t.requested + excluded.requested,
        approved_amount = t.approved_amount + excluded.approved_amount;
$$;

-- A project counts once submitted. Most changes (a review, a report, a transition between undecided states) leave
-- its figures and its group as they were, and touch no tally row.
create function project_tally_change() returns trigger language plpgsql as $$
declare
    counted_before boolean := tg_op <> 'INSERT' and old.submitted_at is not null;
    counted_after boolean := tg_op <> 'DELETE' and new.submitted_at is not null;
begin
    if counted_before and counted_after
            and old.application_year is not distinct from new.application_year
            and old.program_id = new.program_id
            and old.jurisdiction = new.jurisdiction
            and (old.approval is null) = (new.approval is null)
            and (old.status = 'REJECTED') = (new.status = 'REJECTED')
            and old.requested_amount = new.requested_amount
            and old.approved_amount is not distinct from new.approved_amount then
        return null;
    end if;
    if counted_before then
        perform project_tally_add(old, -1);
    end if;
    if counted_after then
        perform project_tally_add(new, 1);
    end if;
    return null;
end
$$;

-- No project may change between the tally of those already there and the trigger that keeps it.
lock table project in share row exclusive mode;

insert into project_tally (application_year, program_id, jurisdiction, slot, applications, approved, rejected,
                           requested, approved_amount)
select application_year, program_id, jurisdiction, (hashtextextended(id::text, 0) & 7)::smallint, count(*),
       count(*) filter (where approval is not null), count(*) filter (where status = 'REJECTED'),
       sum(requested_amount), coalesce(sum(approved_amount), 0)
from project
where submitted_at is not null
group by 1, 2, 3, 4;

create trigger project_tally after insert or update or delete on project
    for each row execute function project_tally_change();

-- Emptying the table, which no row trigger sees, empties the tally.
create function project_tally_clear() returns trigger language plpgsql as $$
begin
    delete from project_tally;
    return null;
end
$$;

create trigger project_tally_cleared after truncate on project
    for each statement execute function project_tally_clear();
