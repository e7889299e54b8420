-- Single-use links to choose a new password, sent to the account's e-mail address. Only SHA-256 hashes of the tokens
-- are stored; a newer request revokes the account's older unused links, using one revokes the rest.
create sequence password_reset_seq;

create table password_reset (
    id         bigint      primary key default nextval('password_reset_seq'),
    user_id    bigint      not null references user_account (id) on delete cascade,
    token_hash bytea       not null unique,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz,
    revoked_at timestamptz
);

create index password_reset_user_idx on password_reset (user_id) where used_at is null and revoked_at is null;
create index password_reset_expiry_idx on password_reset (expires_at);

-- How many reset requests were made per e-mail address (as typed, whether or not an account has it) and per client
-- address in the current window, so that nobody can bomb a mailbox. The subject is a SHA-256 hash: no personal data.
create table password_reset_request (
    scope        varchar(10) not null check (scope in ('EMAIL', 'ADDRESS')),
    subject      bytea       not null,
    requests     integer     not null,
    window_start timestamptz not null,
    primary key (scope, subject)
);

create index password_reset_request_window_idx on password_reset_request (window_start);
