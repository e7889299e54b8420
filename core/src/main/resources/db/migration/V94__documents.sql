-- Documents on a candidate's record (#16): CVs, cover letters, portfolios, exercise answers, with versions and comments.
--
-- A document is what the candidate and their consultant talk about ("my CV"); each upload is a new, immutable version
-- (the candidate's v1, the consultant's edited v2, the candidate's v3). The content of a version is a PostgreSQL large
-- object, written and read in chunks so that no file sits whole in memory, and covered by the same backup as everything
-- else. The large object belongs to its version row: the trigger below unlinks it whenever the row goes (a document
-- removed, a candidate erased or deleted), so no orphaned content stays behind.
-- V93 is left to the messages of the same issue.

create sequence document_seq;

create table document (
    id               bigint        primary key default nextval('document_seq'),
    version          bigint        not null default 0,
    candidate_id     bigint        not null references candidate (id) on delete cascade,
    kind             varchar(20)   not null
                     check (kind in ('CV', 'COVER_LETTER', 'PORTFOLIO', 'EXERCISE_ANSWER', 'OTHER')),
    title            varchar(200)  not null check (char_length(btrim(title)) > 0),
    target_role_id   bigint        references target_role (id) on delete set null,
    assignment_id    bigint        references assignment (id) on delete set null,
    item_key         varchar(40),
    created_by       bigint        references user_account (id) on delete set null,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    constraint document_item_needs_assignment check (item_key is null or assignment_id is not null)
);

create index document_candidate_idx on document (candidate_id, updated_at desc, id);

create sequence document_version_seq;

create table document_version (
    id               bigint        primary key default nextval('document_version_seq'),
    document_id      bigint        not null references document (id) on delete cascade,
    number           integer       not null check (number >= 1),
    -- As uploaded, reduced to a safe display name (no path, no control characters).
    file_name        varchar(255)  not null check (char_length(btrim(file_name)) > 0),
    -- Detected from the content, never taken from the name or the client.
    content_type     varchar(100)  not null,
    size_bytes       bigint        not null check (size_bytes >= 0),
    sha256           char(64)      not null check (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by      bigint        references user_account (id) on delete set null,
    uploaded_at      timestamptz   not null,
    content_oid      oid           not null,
    -- A small PNG of a PDF's first page; null for other types and for a PDF that could not be rendered.
    preview          bytea,
    constraint document_version_number_unique unique (document_id, number)
);

create sequence document_comment_seq;

create table document_comment (
    id               bigint         primary key default nextval('document_comment_seq'),
    version_id       bigint         not null references document_version (id) on delete cascade,
    author_id        bigint         references user_account (id) on delete set null,
    body             varchar(2000)  not null check (char_length(btrim(body)) > 0),
    created_at       timestamptz    not null
);

create index document_comment_version_idx on document_comment (version_id, created_at, id);

create function document_version_unlink_content() returns trigger
    language plpgsql as
$$
begin
    perform lo_unlink(old.content_oid);
    return old;
end
$$;

create trigger document_version_unlink_content
    after delete on document_version
    for each row execute function document_version_unlink_content();
