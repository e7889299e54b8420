-- Candidates book their own sessions (#15).
--
-- Session types are the consultancy's menu ("Mock interview — Account Manager, 60 min, online"): an admin defines
-- them, and a candidate may book those marked self-bookable. A consultant's availability is one row: the weekly
-- wall-clock ranges and the dated exceptions in the consultant's own zone (JSON documents: they are read and written
-- whole, never queried inside), and the booking rules. A booked session is an ordinary coaching session that
-- remembers its type, that the candidate booked it, and the buffers it keeps free around it.

create sequence session_type_seq;

create table session_type (
    id                    bigint        primary key default nextval('session_type_seq'),
    version               bigint        not null default 0,
    name_ko               varchar(120)  not null check (char_length(btrim(name_ko)) > 0),
    name_en               varchar(120)  not null check (char_length(btrim(name_en)) > 0),
    duration_minutes      integer       not null check (duration_minutes between 5 and 480),
    mode                  varchar(10)   not null check (mode in ('ONLINE', 'IN_PERSON', 'PHONE')),
    default_location      varchar(500),
    buffer_before_minutes integer       not null default 0 check (buffer_before_minutes between 0 and 120),
    buffer_after_minutes  integer       not null default 0 check (buffer_after_minutes between 0 and 120),
    self_bookable         boolean       not null,
    -- How long before the start a candidate may still move or cancel a session of this type themselves.
    change_cutoff_minutes integer       not null default 1440 check (change_cutoff_minutes between 0 and 20160),
    role_guide_id         bigint        references role_guide (id) on delete set null,
    archived              boolean       not null default false,
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null
);

create table consultant_availability (
    consultant_id          bigint       primary key references user_account (id) on delete cascade,
    version                bigint       not null default 0,
    time_zone              varchar(64)  not null,
    weekly                 jsonb        not null,
    exceptions             jsonb        not null,
    minimum_notice_minutes integer      not null check (minimum_notice_minutes between 0 and 525600),
    horizon_days           integer      not null check (horizon_days between 1 and 365),
    max_sessions_per_day   integer      check (max_sessions_per_day between 0 and 48),
    granularity_minutes    integer      not null check (granularity_minutes between 5 and 120),
    updated_at             timestamptz  not null
);

-- No new time columns and no new constraint on sessions: the exclusion constraint keeps guarding the sessions' own
-- times, and the buffers are checked by the services while they hold the consultant's diary lock (a transaction-level
-- advisory lock that every write of a consultant's sessions takes, on any instance). Adding these columns with
-- constant defaults rewrites nothing, so the migration is instant on a large table (rebuilding the GiST constraint
-- over buffered ranges took more than 20 minutes at 2,000,000 sessions).
alter table coaching_session
    add column session_type_id       bigint  references session_type (id) on delete set null,
    add column booked_by_candidate   boolean not null default false,
    add column buffer_before_minutes integer not null default 0 check (buffer_before_minutes between 0 and 120),
    add column buffer_after_minutes  integer not null default 0 check (buffer_after_minutes between 0 and 120),
    add column late_cancellation     boolean not null default false;

create index coaching_session_type_idx on coaching_session (session_type_id) where session_type_id is not null;
