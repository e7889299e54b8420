-- A candidate's personal calendar feed: a secret URL phones subscribe to. Only the SHA-256 hash of the secret is kept,
-- so a copy of this table does not reveal anyone's sessions. One feed per candidate; rotating replaces the row.
create table calendar_feed (
    candidate_id bigint      primary key references candidate (id) on delete cascade,
    secret_hash  bytea       not null unique,
    created_at   timestamptz not null
);

-- Single-use invitations to set the first password. Only hashes are stored; a newer invitation revokes older ones.
create sequence invitation_seq;

create table invitation (
    id         bigint      primary key default nextval('invitation_seq'),
    user_id    bigint      not null references user_account (id) on delete cascade,
    token_hash bytea       not null unique,
    created_by bigint      references user_account (id) on delete set null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz,
    revoked_at timestamptz
);

create index invitation_user_idx on invitation (user_id) where used_at is null and revoked_at is null;

-- Delta sync: ids that left a list (an assignment was removed, a candidate moved to another consultant), so that an
-- offline client can drop them. audience_kind/audience_id say whose list: CANDIDATE (a candidate's own lists) or
-- CONSULTANT (a consultant's caseload).
create sequence sync_tombstone_seq;

create table sync_tombstone (
    id            bigint      primary key default nextval('sync_tombstone_seq'),
    entity_kind   varchar(20) not null check (entity_kind in ('ASSIGNMENT', 'SESSION', 'CANDIDATE')),
    entity_id     bigint      not null,
    audience_kind varchar(20) not null check (audience_kind in ('CANDIDATE', 'CONSULTANT')),
    audience_id   bigint      not null,
    removed_at    timestamptz not null
);

create index sync_tombstone_audience_idx on sync_tombstone (audience_kind, audience_id, entity_kind, removed_at);
