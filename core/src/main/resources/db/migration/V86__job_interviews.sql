-- Interviews of a job application (#17): any number of rounds, each dated in its own time zone, with the candidate's
-- notes afterwards and the questions they were asked. A question is matched to one of the guide's interview questions
-- (a published version and the question's place in it) or proposed as a new one, which staff accept into the guide's
-- next version or dismiss: the guide library learns from real interviews.

create sequence job_interview_seq;

create table job_interview (
    id             bigint       primary key default nextval('job_interview_seq'),
    version        bigint       not null default 0,
    application_id bigint       not null references job_application (id) on delete cascade,
    round          integer      not null check (round between 1 and 20),
    starts_at      timestamptz  not null,
    time_zone      varchar(64)  not null,
    format         varchar(20)  not null check (format in ('PHONE', 'VIDEO', 'ON_SITE', 'ASSESSMENT', 'CASE')),
    interviewers   varchar(300),
    notes          text         check (char_length(notes) <= 4000),
    created_by     bigint       references user_account (id) on delete set null,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null
);

create index job_interview_application_idx on job_interview (application_id, starts_at);
-- "interviews this week" across a consultant's caseload
create index job_interview_starts_idx on job_interview (starts_at);

create sequence job_interview_question_seq;

create table job_interview_question (
    id               bigint        primary key default nextval('job_interview_question_seq'),
    interview_id     bigint        not null references job_interview (id) on delete cascade,
    asked            varchar(1000) not null,
    guide_version_id bigint        references role_guide_version (id),
    guide_question   integer       check (guide_question >= 0),
    proposal         varchar(10)   check (proposal in ('PROPOSED', 'ACCEPTED', 'DISMISSED')),
    decided_by       bigint        references user_account (id) on delete set null,
    decided_at       timestamptz,
    created_by       bigint        references user_account (id) on delete set null,
    created_at       timestamptz   not null,
    constraint job_interview_question_match check ((guide_version_id is null) = (guide_question is null)),
    constraint job_interview_question_match_or_proposal check (guide_question is null or proposal is null)
);

create index job_interview_question_interview_idx on job_interview_question (interview_id, id);
create index job_interview_question_proposed_idx on job_interview_question (created_at) where proposal = 'PROPOSED';
