-- Messages between a candidate and the staff who may see them (#16).
--
-- One conversation per candidate: the messages (plain text, optionally about a document, an assigned guide or one of
-- its checklist items), each participant's read state, and a summary row per candidate that the send keeps in the same
-- transaction, so that an inbox is one indexed query over summaries rather than an aggregate over every message.
-- Who takes part follows from who may see the candidate, so a new consultant sees the whole history.

create sequence message_seq;

create table message (
    id                 bigint       primary key default nextval('message_seq'),
    candidate_id       bigint       not null references candidate (id) on delete cascade,
    -- null once the author's account is gone; the message stays in the candidate's conversation
    author_user_id     bigint       references user_account (id) on delete set null,
    from_candidate     boolean      not null,
    body               text         not null check (char_length(body) between 1 and 4000),
    reference_kind     varchar(20)  check (reference_kind in ('DOCUMENT', 'ASSIGNMENT', 'CHECKLIST_ITEM')),
    reference_id       bigint       check (reference_id > 0),
    reference_item_key varchar(100),
    created_at         timestamptz  not null,
    constraint message_reference_complete check ((reference_kind is null) = (reference_id is null)),
    constraint message_reference_item check (
        (reference_kind = 'CHECKLIST_ITEM' and reference_item_key is not null)
        or (reference_kind is distinct from 'CHECKLIST_ITEM' and reference_item_key is null))
);

-- a conversation page (newest first, before an id) and the candidate's delta sync (created since an instant)
create index message_candidate_idx on message (candidate_id, id desc);
create index message_candidate_created_idx on message (candidate_id, created_at);

-- Where each participant has read to, and up to which message they have been sent an e-mail notice.
create table message_read (
    candidate_id              bigint       not null references candidate (id) on delete cascade,
    user_id                   bigint       not null references user_account (id) on delete cascade,
    last_read_message_id      bigint       not null default 0,
    notified_up_to_message_id bigint       not null default 0,
    updated_at                timestamptz  not null,
    primary key (candidate_id, user_id)
);

create index message_read_user_idx on message_read (user_id);

-- One row per candidate with messages, kept by every send.
create table conversation (
    candidate_id      bigint       primary key references candidate (id) on delete cascade,
    last_message_id   bigint       not null,
    last_message_at   timestamptz  not null,
    -- the last message is the candidate's: staff owe an answer
    waiting_for_staff boolean      not null
);

create index conversation_last_idx on conversation (last_message_at desc, candidate_id);

-- When a person was last sent a message notice: at most one per setting-long interval, decided under this row's lock.
create table message_notice (
    user_id      bigint       primary key references user_account (id) on delete cascade,
    last_sent_at timestamptz  not null
);
