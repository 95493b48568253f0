-- What plan-service's transaction for POST /api/plan/projects sends, as a pgbench script: read the call and the
-- organisation, take the next reference, insert the project and its first history entry, and append the request's
-- audit record. The values are parameters (-M prepared), taken from a project the POST drafted (-D).
BEGIN;
SELECT id, plan_id, program_id, status, closes_at, jurisdiction FROM call_for_proposals WHERE id = :call;
SELECT id, jurisdiction FROM organisation WHERE id = :organisation;
SELECT nextval('project_reference_seq') AS reference \gset
INSERT INTO project (id, reference, call_id, program_id, organisation_id, jurisdiction, pi_id, team_member_ids, title, fields, requested_amount, content, status, milestone_reports, version, created_at, updated_at) VALUES (gen_random_uuid(), 'PGB-' || :reference, :call, :program, :organisation, :jurisdiction, :pi, '{}', :title, :fields, :requested, :content, 'DRAFT', '[]', 0, now(), now()) RETURNING id AS project \gset
INSERT INTO project_history (project_id, action, from_status, to_status, actor, reason, at) VALUES (:project, 'create', NULL, 'DRAFT', :actor, NULL, now());
INSERT INTO platform.audit_record (id, occurred_at, actor, subject, client_id, method, path, operation, status, outcome, correlation_id) VALUES (gen_random_uuid(), now(), :actor, :actor, 'scibureau-bench', 'POST', '/api/plan/projects', NULL, NULL, 'SUCCEEDED', NULL);
END;
