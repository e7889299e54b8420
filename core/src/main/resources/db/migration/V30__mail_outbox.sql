-- Outgoing e-mail, recorded in the transaction of the change that caused it and sent later by the dispatcher.
-- One row per logical message: message_key is unique, so a message can never be planned twice.
create sequence mail_outbox_seq;

create table mail_outbox (
    id                bigint        primary key default nextval('mail_outbox_seq'),
    message_key       varchar(200)  not null,
    message_id        varchar(300)  not null,
    recipient_kind    varchar(20)   not null check (recipient_kind in ('CANDIDATE', 'USER')),
    recipient_id      bigint        not null,
    -- Address and name may be missing or wrong (bad data): the message is then SKIPPED with a reason, not sent.
    recipient_address varchar(320),
    recipient_name    varchar(200),
    locale            varchar(35)   not null,
    time_zone         varchar(64)   not null,
    template          varchar(60)   not null,
    model             jsonb         not null,
    status            varchar(20)   not null check (status in
                          ('PENDING', 'SENDING', 'SENT', 'CAPTURED', 'SKIPPED', 'FAILED', 'CANCELLED')),
    due_at            timestamptz   not null,
    -- PENDING: earliest next attempt. SENDING: when the claim (lease) of the dispatcher that holds it expires.
    next_attempt_at   timestamptz   not null,
    claim_token       uuid,
    attempts          integer       not null default 0,
    -- Error class and SMTP code or a reason code; never an address or any other personal data.
    last_error        varchar(500),
    created_at        timestamptz   not null,
    sent_at           timestamptz,
    subject           varchar(500),
    body_html         text,
    body_text         text,
    constraint mail_outbox_key_unique unique (message_key)
);

-- The dispatcher's claim query: due PENDING rows and SENDING rows whose lease expired.
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where status in ('PENDING', 'SENDING');
create index mail_outbox_status_idx on mail_outbox (status, created_at desc);
create index mail_outbox_recipient_idx on mail_outbox (recipient_kind, recipient_id);

-- Secrets the application generates on its first start when none is configured (e.g. the unsubscribe link key),
-- so that every instance and every restart signs and verifies with the same key.
create table mail_secret (
    name       varchar(60)  primary key,
    secret     bytea        not null,
    created_at timestamptz  not null
);
