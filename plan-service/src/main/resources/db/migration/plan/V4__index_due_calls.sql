-- The call schedule looks for scheduled calls due to open and open calls due to close, earliest first.
create index call_due_to_open on call_for_proposals (opens_at, id) where status = 'SCHEDULED';
create index call_due_to_close on call_for_proposals (closes_at, id) where status = 'OPEN';
