-- The applications view and the outcomes report at a million applications (#17, measured in docs/performance.md).
--
-- 1. The consultant of an application's candidate, kept on the application: a caseload's applications, offers and
--    interviews are then one index range away instead of a join from 2,000 candidates (or a scan of everyone's week).
--    A trigger sets it when an application is created and follows the candidate when their consultant changes, so
--    the services, bulk SQL and the demo cannot forget it. The candidate's row stays the record.
-- 2. Outcome totals per UTC day of application, per role guide and per consultant, kept by a trigger from the
--    application's outcome summary (V87): a year's report for the whole consultancy adds up ~7,000 and ~18,000 small
--    rows instead of aggregating 500,000 applications. The totals are a pure function of the applications' rows
--    (OutcomeTotalsIT compares them with a recount); application_outcome_rebuild() recomputes them from scratch.

alter table job_application add column consultant_id bigint;

update job_application a
   set consultant_id = c.consultant_id
  from candidate c
 where c.id = a.candidate_id and c.consultant_id is not null;

create function job_application_consultant_set() returns trigger
    language plpgsql as $$
begin
    select c.consultant_id into new.consultant_id from candidate c where c.id = new.candidate_id;
    return new;
end
$$;

create trigger job_application_consultant
    before insert on job_application
    for each row execute function job_application_consultant_set();

create function candidate_consultant_followed() returns trigger
    language plpgsql as $$
begin
    update job_application set consultant_id = new.consultant_id
     where candidate_id = new.id and consultant_id is distinct from new.consultant_id;
    return null;
end
$$;

create trigger candidate_consultant_to_applications
    after update of consultant_id on candidate
    for each row when (old.consultant_id is distinct from new.consultant_id)
    execute function candidate_consultant_followed();

-- The same consultant on each interview, so that a caseload's coming week is one range of one index.
alter table job_interview add column consultant_id bigint;

update job_interview i
   set consultant_id = a.consultant_id
  from job_application a
 where a.id = i.application_id and a.consultant_id is not null;

create function job_interview_consultant_set() returns trigger
    language plpgsql as $$
begin
    select a.consultant_id into new.consultant_id from job_application a where a.id = new.application_id;
    return new;
end
$$;

create trigger job_interview_consultant
    before insert on job_interview
    for each row execute function job_interview_consultant_set();

create function job_application_consultant_followed() returns trigger
    language plpgsql as $$
begin
    update job_interview set consultant_id = new.consultant_id
     where application_id = new.id and consultant_id is distinct from new.consultant_id;
    return null;
end
$$;

create trigger job_application_consultant_to_interviews
    after update of consultant_id on job_application
    for each row when (old.consultant_id is distinct from new.consultant_id)
    execute function job_application_consultant_followed();

create index job_interview_consultant_idx on job_interview (consultant_id, starts_at);

-- a consultant's applications sent in a period, carrying what the report aggregates
create index job_application_consultant_applied_idx on job_application (consultant_id, applied_at)
    include (guide_id, applied_readiness, interviewed_at, offered_at, accepted_at)
    where applied_at is not null;

-- a caseload's open applications (offers waiting, no movement), oldest movement first
create index job_application_consultant_open_idx on job_application (consultant_id, stage_changed_at)
    include (stage) where stage in ('APPLIED', 'SCREENING', 'INTERVIEWING', 'OFFER');

-- offers waiting for an answer, a caseload's (and everyone's, for an administrator), oldest first
create index job_application_consultant_offer_idx on job_application (consultant_id, stage_changed_at)
    where stage = 'OFFER';
create index job_application_offer_idx on job_application (stage_changed_at) where stage = 'OFFER';

-- the median time to an offer reads the offers of the period alone
create index job_application_offered_idx on job_application (applied_at)
    include (guide_id, consultant_id, offered_at) where applied_at is not null and offered_at is not null;

create table application_outcome_day (
    day                   date    not null,
    guide_id              bigint  not null,
    applied               integer not null,
    interviewed           integer not null,
    offered               integer not null,
    accepted              integer not null,
    readiness_offered_sum bigint  not null,
    readiness_offered_n   integer not null,
    readiness_other_sum   bigint  not null,
    readiness_other_n     integer not null,
    primary key (day, guide_id)
);

create table application_outcome_consultant_day (
    day           date    not null,
    consultant_id bigint,
    applied       integer not null,
    offered       integer not null,
    accepted      integer not null,
    constraint application_outcome_consultant_day_key unique nulls not distinct (day, consultant_id)
);

-- adds (sign 1) or takes away (sign -1) one application's share of the totals
create function application_outcome_count(a job_application, sign integer) returns void
    language sql as $$
    insert into application_outcome_day as t (day, guide_id, applied, interviewed, offered, accepted,
                                              readiness_offered_sum, readiness_offered_n,
                                              readiness_other_sum, readiness_other_n)
    values ((a.applied_at at time zone 'UTC')::date, a.guide_id, sign,
            sign * (a.interviewed_at is not null)::int, sign * (a.offered_at is not null)::int,
            sign * (a.accepted_at is not null)::int,
            case when a.offered_at is not null then sign * coalesce(a.applied_readiness, 0) else 0 end,
            case when a.offered_at is not null and a.applied_readiness is not null then sign else 0 end,
            case when a.offered_at is null then sign * coalesce(a.applied_readiness, 0) else 0 end,
            case when a.offered_at is null and a.applied_readiness is not null then sign else 0 end)
    on conflict (day, guide_id) do update
       set applied = t.applied + excluded.applied, interviewed = t.interviewed + excluded.interviewed,
           offered = t.offered + excluded.offered, accepted = t.accepted + excluded.accepted,
           readiness_offered_sum = t.readiness_offered_sum + excluded.readiness_offered_sum,
           readiness_offered_n = t.readiness_offered_n + excluded.readiness_offered_n,
           readiness_other_sum = t.readiness_other_sum + excluded.readiness_other_sum,
           readiness_other_n = t.readiness_other_n + excluded.readiness_other_n;
    insert into application_outcome_consultant_day as t (day, consultant_id, applied, offered, accepted)
    values ((a.applied_at at time zone 'UTC')::date, a.consultant_id, sign,
            sign * (a.offered_at is not null)::int, sign * (a.accepted_at is not null)::int)
    on conflict (day, consultant_id) do update
       set applied = t.applied + excluded.applied, offered = t.offered + excluded.offered,
           accepted = t.accepted + excluded.accepted;
$$;

create function job_application_outcome_counted() returns trigger
    language plpgsql as $$
begin
    if tg_op <> 'INSERT' and old.applied_at is not null then
        perform application_outcome_count(old, -1);
    end if;
    if tg_op <> 'DELETE' and new.applied_at is not null then
        perform application_outcome_count(new, 1);
    end if;
    return null;
end
$$;

create trigger job_application_outcome_totals
    after insert or delete on job_application
    for each row execute function job_application_outcome_counted();

create trigger job_application_outcome_totals_changed
    after update on job_application
    for each row when (old.applied_at is distinct from new.applied_at
                    or old.guide_id is distinct from new.guide_id
                    or old.consultant_id is distinct from new.consultant_id
                    or old.interviewed_at is distinct from new.interviewed_at
                    or old.offered_at is distinct from new.offered_at
                    or old.accepted_at is distinct from new.accepted_at
                    or old.applied_readiness is distinct from new.applied_readiness)
    execute function job_application_outcome_counted();

-- The totals recounted from the applications (this migration; a bulk load that ran without triggers).
create function application_outcome_rebuild() returns void
    language sql as $$
    delete from application_outcome_day;
    delete from application_outcome_consultant_day;
    insert into application_outcome_day (day, guide_id, applied, interviewed, offered, accepted,
                                         readiness_offered_sum, readiness_offered_n,
                                         readiness_other_sum, readiness_other_n)
    select (a.applied_at at time zone 'UTC')::date, a.guide_id, count(*), count(a.interviewed_at),
           count(a.offered_at), count(a.accepted_at),
           coalesce(sum(a.applied_readiness) filter (where a.offered_at is not null), 0),
           count(a.applied_readiness) filter (where a.offered_at is not null),
           coalesce(sum(a.applied_readiness) filter (where a.offered_at is null), 0),
           count(a.applied_readiness) filter (where a.offered_at is null)
      from job_application a
     where a.applied_at is not null
     group by 1, 2;
    insert into application_outcome_consultant_day (day, consultant_id, applied, offered, accepted)
    select (a.applied_at at time zone 'UTC')::date, a.consultant_id, count(*), count(a.offered_at),
           count(a.accepted_at)
      from job_application a
     where a.applied_at is not null
     group by 1, 2;
$$;

select application_outcome_rebuild();
