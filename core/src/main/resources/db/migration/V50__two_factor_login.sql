-- Two-factor login (TOTP, RFC 6238). One row per account that has started or finished enrolment.
-- The secret must be readable to compute codes, so it is kept as Base32 text; confirmed_at is null while the
-- enrolment waits for its first correct code. last_used_step is the newest 30-second step a code was accepted for:
-- a code can be used once only, on every instance (the update that accepts it compares and sets in one statement).
create table two_factor (
    user_id        bigint      primary key references user_account (id) on delete cascade,
    secret         varchar(64) not null,
    created_at     timestamptz not null,
    confirmed_at   timestamptz,
    last_used_step bigint      not null default 0
);

-- Recovery codes: only SHA-256 hashes (of account id and code, the codes being 80 random bits), each usable once.
create table two_factor_recovery_code (
    user_id   bigint      not null references user_account (id) on delete cascade,
    code_hash bytea       not null,
    created_at timestamptz not null,
    used_at   timestamptz,
    primary key (user_id, code_hash)
);

-- Settings an admin changes at run time (not deployment configuration), shared by all instances.
create table system_setting (
    name       varchar(100) primary key,
    value      varchar(400) not null,
    updated_at timestamptz  not null,
    updated_by bigint       references user_account (id) on delete set null
);
