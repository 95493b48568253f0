-- The tally's row trigger (V11) upserted once per changed project: a COPY of 900,000 projects paid 900,000 upserts.
-- These triggers run once per statement over the projects it changed (its transition tables) and upsert each group
-- that changed once. A project that changed none of its figures adds one and takes one away in the same group and
-- slot, so the group's change is zero and no row is touched. Groups are upserted in the order of their key, so two
-- statements that change the same groups take their rows' locks in the same order and cannot deadlock.
drop trigger project_tally on project;
drop function project_tally_change();
drop function project_tally_add(project, integer);

create function project_tally_statement() returns trigger language plpgsql as $$
declare
    counted_new constant text := 'select p.*, 1 as sign from changed_new p where p.submitted_at is not null';
    counted_old constant text := 'select p.*, -1 as sign from changed_old p where p.submitted_at is not null';
    changes text := case tg_op
        when 'INSERT' then counted_new
        when 'DELETE' then counted_old
        else counted_new || ' union all ' || counted_old
    end;
begin
    execute format($upsert$
        insert into project_tally as t (application_year, program_id, jurisdiction, slot, applications, approved,
                                        rejected, requested, approved_amount)
        select application_year, program_id, jurisdiction, (hashtextextended(id::text, 0) & 7)::smallint, sum(sign),
               sum(sign * (approval is not null)::integer), sum(sign * (status = 'REJECTED')::integer),
               sum(sign * requested_amount), sum(sign * coalesce(approved_amount, 0))
        from (%s) as changes
        group by 1, 2, 3, 4
        having sum(sign) <> 0 or sum(sign * (approval is not null)::integer) <> 0
            or sum(sign * (status = 'REJECTED')::integer) <> 0 or sum(sign * requested_amount) <> 0
            or sum(sign * coalesce(approved_amount, 0)) <> 0
        order by 1, 2, 3, 4
        on conflict on constraint project_tally_group do update
        set applications = t.applications + excluded.applications,
            approved = t.approved + excluded.approved,
            rejected = t.rejected + excluded.rejected,
            requested = t.requested + excluded.requested,
            approved_amount = t.approved_amount + excluded.approved_amount
        $upsert$, changes);
    return null;
end
$$;

create trigger project_tally_inserted after insert on project
    referencing new table as changed_new
    for each statement execute function project_tally_statement();

create trigger project_tally_updated after update on project
    referencing old table as changed_old new table as changed_new
    for each statement execute function project_tally_statement();

create trigger project_tally_deleted after delete on project
    referencing old table as changed_old
    for each statement execute function project_tally_statement();
