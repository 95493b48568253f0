-- Plan versions: a revision of a published plan is a new plan row (same reference, next revision number) that
-- supersedes it; programs keep their ids across versions, so a program is identified within a version by
-- (plan_id, id), and a call references the program of the version it was created under.

alter table call_for_proposals drop constraint call_for_proposals_program_id_fkey;
alter table program drop constraint program_pkey;
alter table program add primary key (plan_id, id);
alter table call_for_proposals
    add constraint call_for_proposals_program_fkey foreign key (plan_id, program_id) references program (plan_id, id);
create index program_by_id on program (id, plan_id);

alter table plan drop constraint plan_reference_key;
alter table plan
    add column revision      integer not null default 1 check (revision >= 1),
    -- unique: a published version has at most one revision (drafted, under review or published)
    add column supersedes    uuid unique references plan (id),
    add column superseded_by uuid references plan (id),
    add constraint plan_reference_revision_key unique (reference, revision),
    add constraint plan_archived_superseded check ((status = 'ARCHIVED') = (superseded_by is not null)),
    add constraint plan_revision_supersedes check ((revision = 1) = (supersedes is null));

create index plan_by_reference on plan (reference, revision desc);
