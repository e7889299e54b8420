-- Job applications (#17): a candidate applies for a position, linked to one of their target roles; every stage move
-- is kept with the candidate's readiness for that role at the moment, which is what the outcomes report compares.

create sequence job_application_seq;

create table job_application (
    id               bigint       primary key default nextval('job_application_seq'),
    version          bigint       not null default 0,
    candidate_id     bigint       not null references candidate (id) on delete cascade,
    -- the role it was prepared for; the guide stays when the target role is removed, so outcomes stay comparable
    target_role_id   bigint       references target_role (id) on delete set null,
    guide_id         bigint       not null references role_guide (id),
    company          varchar(120) not null,
    position_title   varchar(160) not null,
    posting_url      varchar(500),
    location         varchar(120),
    source           varchar(20)  not null check (source in ('REFERRAL', 'HEADHUNTER', 'JOB_BOARD', 'COMPANY_SITE',
                                                            'CONSULTANCY_NETWORK')),
    applied_on       date,
    salary_min       integer      check (salary_min >= 0),
    salary_max       integer      check (salary_max >= 0),
    salary_currency  varchar(3),
    stage            varchar(20)  not null check (stage in ('SAVED', 'APPLIED', 'SCREENING', 'INTERVIEWING', 'OFFER',
                                                            'ACCEPTED', 'DECLINED', 'REJECTED', 'WITHDRAWN')),
    stage_changed_at timestamptz  not null,
    created_by       bigint       references user_account (id) on delete set null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    constraint job_application_salary_range check (salary_min is null or salary_max is null or salary_min <= salary_max)
);

create index job_application_candidate_idx on job_application (candidate_id, updated_at);
create index job_application_target_role_idx on job_application (target_role_id);

create sequence job_application_stage_seq;

create table job_application_stage (
    id             bigint      primary key default nextval('job_application_stage_seq'),
    application_id bigint      not null references job_application (id) on delete cascade,
    stage          varchar(20) not null,
    moved_at       timestamptz not null,
    moved_by       bigint      references user_account (id) on delete set null,
    readiness      integer     not null check (readiness between 0 and 100)
);

create index job_application_stage_application_idx on job_application_stage (application_id, moved_at);
