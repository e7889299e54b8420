-- The heart of the product: candidates, role guides and their versions, target roles, assignments with checklist
-- items, coaching sessions with action items, readiness history and the activity timeline.

create extension if not exists pg_trgm;
create extension if not exists btree_gist;

-- Candidates ----------------------------------------------------------------------------------------------------------
create sequence candidate_seq;

create table candidate (
    id                      bigint       primary key default nextval('candidate_seq'),
    version                 bigint       not null default 0,
    full_name               varchar(120) not null,
    email                   varchar(254) not null,
    phone                   varchar(30),
    preferred_locale        varchar(5)   not null check (preferred_locale in ('ko', 'en')),
    time_zone               varchar(64)  not null,
    career_stage            varchar(20)  not null check (career_stage in ('INTERN', 'NEW_GRADUATE', 'EXPERIENCED', 'CAREER_CHANGE')),
    current_company         varchar(120),
    current_title           varchar(120),
    pipeline_status         varchar(20)  not null check (pipeline_status in ('LEAD', 'ACTIVE', 'INTERVIEWING', 'PLACED', 'PAUSED', 'CLOSED')),
    consultant_id           bigint       references user_account (id),
    user_id                 bigint       unique references user_account (id),
    tags                    varchar(40)[] not null default '{}',
    progress_emails_enabled boolean      not null default false,
    digest_day_of_week      varchar(9)   not null default 'MONDAY'
        check (digest_day_of_week in ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    digest_local_time       time         not null default '09:00',
    staff_notes             text,
    created_at              timestamptz  not null,
    updated_at              timestamptz  not null,
    constraint candidate_email_unique unique (email)
);

create index candidate_consultant_idx on candidate (consultant_id, pipeline_status);
create index candidate_status_idx on candidate (pipeline_status);
create index candidate_name_trgm_idx on candidate using gin (full_name gin_trgm_ops);
create index candidate_email_trgm_idx on candidate using gin (email gin_trgm_ops);
create index candidate_tags_idx on candidate using gin (tags);
create index candidate_name_idx on candidate (full_name, id);

create sequence candidate_status_change_seq;

create table candidate_status_change (
    id           bigint      primary key default nextval('candidate_status_change_seq'),
    candidate_id bigint      not null references candidate (id) on delete cascade,
    from_status  varchar(20),
    to_status    varchar(20) not null,
    changed_by   bigint      references user_account (id),
    changed_at   timestamptz not null
);

create index candidate_status_change_candidate_idx on candidate_status_change (candidate_id, changed_at);

-- Role guides ---------------------------------------------------------------------------------------------------------
create sequence role_guide_seq;

create table role_guide (
    id               bigint      primary key default nextval('role_guide_seq'),
    version          bigint      not null default 0,
    slug             varchar(60) not null,
    built_in         boolean     not null default false,
    latest_published integer,
    created_at       timestamptz not null,
    created_by       bigint      references user_account (id),
    constraint role_guide_slug_unique unique (slug)
);

create sequence role_guide_version_seq;

-- One row per version of a guide's content. Published rows are never changed again (the service refuses, and
-- assignments point at them); at most one draft per guide.
create table role_guide_version (
    id           bigint       primary key default nextval('role_guide_version_seq'),
    version      bigint       not null default 0,
    guide_id     bigint       not null references role_guide (id),
    number       integer      not null,
    status       varchar(10)  not null check (status in ('DRAFT', 'PUBLISHED')),
    title_ko     varchar(100) not null,
    title_en     varchar(100) not null,
    content      jsonb        not null,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    published_at timestamptz,
    published_by bigint       references user_account (id),
    constraint role_guide_version_number_unique unique (guide_id, number)
);

create unique index role_guide_one_draft_idx on role_guide_version (guide_id) where status = 'DRAFT';

-- Target roles --------------------------------------------------------------------------------------------------------
create sequence target_role_seq;

create table target_role (
    id               bigint       primary key default nextval('target_role_seq'),
    version          bigint       not null default 0,
    candidate_id     bigint       not null references candidate (id) on delete cascade,
    guide_id         bigint       not null references role_guide (id),
    priority         integer     not null check (priority between 1 and 9),
    target_companies varchar(80)[] not null default '{}',
    status           varchar(20)  not null check (status in ('EXPLORING', 'PREPARING', 'APPLYING', 'OFFER')),
    readiness        integer     not null default 0 check (readiness between 0 and 100),
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    constraint target_role_unique unique (candidate_id, guide_id)
);

create sequence readiness_snapshot_seq;

create table readiness_snapshot (
    id             bigint      primary key default nextval('readiness_snapshot_seq'),
    target_role_id bigint      not null references target_role (id) on delete cascade,
    score          integer    not null check (score between 0 and 100),
    items_total    integer     not null,
    items_done     integer     not null,
    items_verified integer     not null,
    guide_opened   boolean     not null,
    mock_rating    integer,
    computed_at    timestamptz not null
);

create index readiness_snapshot_role_idx on readiness_snapshot (target_role_id, computed_at);

-- Assignments ---------------------------------------------------------------------------------------------------------
create sequence assignment_seq;

create table assignment (
    id               bigint       primary key default nextval('assignment_seq'),
    version          bigint       not null default 0,
    candidate_id     bigint       not null references candidate (id) on delete cascade,
    guide_id         bigint       not null references role_guide (id),
    guide_version_id bigint       not null references role_guide_version (id),
    assigned_by      bigint       references user_account (id),
    assigned_at      timestamptz  not null,
    due_date         date,
    message          varchar(1000),
    first_opened_at  timestamptz,
    last_read_at     timestamptz,
    updated_at       timestamptz  not null,
    constraint assignment_unique unique (candidate_id, guide_id)
);

create index assignment_version_idx on assignment (guide_version_id);

create sequence assignment_item_seq increment by 50;

create table assignment_item (
    id            bigint      primary key default nextval('assignment_item_seq'),
    assignment_id bigint      not null references assignment (id) on delete cascade,
    item_key      varchar(40) not null,
    kind          varchar(20) not null check (kind in ('READ', 'PRACTISE', 'DOCUMENT', 'MOCK_INTERVIEW')),
    position      integer     not null,
    state         varchar(10) not null check (state in ('OPEN', 'DONE', 'VERIFIED')),
    done_at       timestamptz,
    verified_at   timestamptz,
    verified_by   bigint      references user_account (id),
    constraint assignment_item_unique unique (assignment_id, item_key)
);

-- Coaching sessions ---------------------------------------------------------------------------------------------------
create sequence coaching_session_seq;

create table coaching_session (
    id                    bigint        primary key default nextval('coaching_session_seq'),
    version               bigint        not null default 0,
    candidate_id          bigint        not null references candidate (id) on delete cascade,
    consultant_id         bigint        not null references user_account (id),
    starts_at             timestamptz   not null,
    ends_at               timestamptz   not null,
    time_zone             varchar(64)   not null,
    mode                  varchar(10)   not null check (mode in ('ONLINE', 'IN_PERSON', 'PHONE')),
    location              varchar(500),
    agenda                varchar(2000),
    private_notes         text,
    shared_summary        text,
    status                varchar(10)   not null check (status in ('SCHEDULED', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
    mock_rating           integer      check (mock_rating between 1 and 5),
    mock_guide_id         bigint        references role_guide (id),
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    constraint coaching_session_time_order check (ends_at > starts_at),
    -- A consultant is in one live session at a time, whichever app instance books it.
    constraint coaching_session_no_double_booking exclude using gist (
        consultant_id with =,
        tstzrange(starts_at, ends_at, '[)') with &&
    ) where (status in ('SCHEDULED', 'COMPLETED'))
);

create index coaching_session_candidate_idx on coaching_session (candidate_id, starts_at);
create index coaching_session_consultant_idx on coaching_session (consultant_id, starts_at);

create sequence session_action_item_seq;

create table session_action_item (
    id          bigint        primary key default nextval('session_action_item_seq'),
    session_id  bigint        not null references coaching_session (id) on delete cascade,
    position    integer       not null,
    description varchar(500)  not null,
    due_date    date,
    done_at     timestamptz
);

create index session_action_item_session_idx on session_action_item (session_id);

-- Activity timeline ---------------------------------------------------------------------------------------------------
-- Who did what to which candidate and when. Details hold ids, codes and states only, never personal data.
create sequence activity_seq increment by 50;

create table activity (
    id           bigint      primary key default nextval('activity_seq'),
    candidate_id bigint      references candidate (id) on delete cascade,
    actor_id     bigint      references user_account (id),
    action       varchar(40) not null,
    subject_id   bigint,
    details      jsonb       not null default '{}',
    occurred_at  timestamptz not null
);

create index activity_candidate_idx on activity (candidate_id, occurred_at desc);
