-- The documents attached to applications (ADR 0013). project_attachment holds what the API shows, with the type the
-- content was recognised as (never the name or type the client declared); the bytes live behind the DocumentStore.
-- project_attachment_content is the database store: one row per document, written in the attachment's transaction.

create table project_attachment (
    id             uuid        primary key,
    project_id     uuid        not null references project (id) on delete cascade,
    kind           text        not null check (kind in ('APPLICATION_FORM', 'BUDGET_JUSTIFICATION',
                                   'ETHICS_APPROVAL', 'OTHER')),
    file_name      text        not null check (length(file_name) between 1 and 255),
    document_type  text        not null check (document_type in ('PDF', 'DOCX', 'XLSX', 'PPTX', 'DOC', 'XLS',
                                   'PPT', 'ODT', 'ODS', 'ODP')),
    size           bigint      not null check (size > 0),
    sha256         char(64)    not null check (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_at    timestamptz not null,
    uploaded_by    text        not null
);

create index project_attachment_by_project on project_attachment (project_id, uploaded_at, id);

-- The content goes with its attachment, also when a draft is deleted. The store writes the content before the
-- attachment row, so the key is checked at commit.
create table project_attachment_content (
    id       uuid  primary key references project_attachment (id) on delete cascade deferrable initially deferred,
    content  bytea not null
);
