-- The security audit log: who did what security-relevant thing, when, from where. Append-only for the application
-- (no update or delete statement exists in the code except the erasure scrub); no foreign keys, so that a row outlives
-- the account or candidate it names and never blocks their erasure. details holds ids and codes, never personal data.
create sequence security_audit_seq;

create table security_audit (
    id             bigint       primary key default nextval('security_audit_seq'),
    occurred_at    timestamptz  not null,
    actor_id       bigint,
    actor_role     varchar(20),
    action         varchar(40)  not null,
    outcome        varchar(20)  not null,
    subject_type   varchar(20),
    subject_id     bigint,
    client_address varchar(64),
    user_agent     varchar(200),
    details        jsonb        not null default '{}'::jsonb
);

-- The admin view pages newest first and filters by these; each index keeps the newest-first order.
create index security_audit_time_idx on security_audit (occurred_at desc, id desc);
create index security_audit_actor_idx on security_audit (actor_id, occurred_at desc);
create index security_audit_subject_idx on security_audit (subject_type, subject_id, occurred_at desc);
create index security_audit_action_idx on security_audit (action, occurred_at desc);
