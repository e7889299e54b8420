-- Opaque bearer tokens of the REST API. Only SHA-256 hashes are stored: a copy of this table does not let anyone in.
-- A family is one sign-in: every access and refresh token it ever produced, so that revoking it (logout, refresh-token
-- reuse, password change, deactivation) ends all of them at once, on every instance.
create sequence api_token_family_seq;

create table api_token_family (
    id            bigint      primary key default nextval('api_token_family_seq'),
    user_id       bigint      not null references user_account (id) on delete cascade,
    created_at    timestamptz not null,
    revoked_at    timestamptz,
    revoke_reason varchar(30)
);

create index api_token_family_user_idx on api_token_family (user_id) where revoked_at is null;

create table api_token (
    token_hash bytea       primary key,
    family_id  bigint      not null references api_token_family (id) on delete cascade,
    kind       varchar(10) not null check (kind in ('ACCESS', 'REFRESH')),
    issued_at  timestamptz not null,
    expires_at timestamptz not null,
    -- Refresh tokens are single-use: set when one is exchanged; presenting it again means it was stolen.
    used_at    timestamptz
);

create index api_token_family_idx on api_token (family_id);
create index api_token_expiry_idx on api_token (expires_at);

-- Failed sign-ins, counted in PostgreSQL so that every instance sees the same numbers. One row per scope and key:
-- ACCOUNT_ADDRESS (e-mail + client address), ACCOUNT (e-mail, whether or not such an account exists), ADDRESS.
create table login_failure (
    scope         varchar(20)  not null check (scope in ('ACCOUNT_ADDRESS', 'ACCOUNT', 'ADDRESS')),
    subject       varchar(400) not null,
    failures      integer      not null,
    window_start  timestamptz  not null,
    blocked_until timestamptz,
    primary key (scope, subject)
);

create index login_failure_window_idx on login_failure (window_start);
