-- The outcomes report at a million applications (#17): per application, when it was sent (and the readiness then),
-- and when it first reached an interview, an offer and an acceptance, kept on the application itself. Computed from
-- the stage history on every read, a year's report for the whole consultancy took 14 s at 1,000,000 applications; from
-- these columns it is one range scan. The stage history stays the record; a trigger keeps the summary, so that no
-- code path (the services, bulk SQL, the demo) can forget it.

alter table job_application
    add column applied_at        timestamptz,
    add column applied_readiness integer,
    add column interviewed_at    timestamptz,
    add column offered_at        timestamptz,
    add column accepted_at       timestamptz;

update job_application a
   set applied_at = f.applied_at, applied_readiness = f.applied_readiness, interviewed_at = f.interviewed_at,
       offered_at = f.offered_at, accepted_at = f.accepted_at
  from (select s.application_id,
               min(s.moved_at) filter (where s.stage = 'APPLIED') as applied_at,
               (array_agg(s.readiness order by s.id) filter (where s.stage = 'APPLIED'))[1] as applied_readiness,
               min(s.moved_at) filter (where s.stage = 'INTERVIEWING') as interviewed_at,
               min(s.moved_at) filter (where s.stage = 'OFFER') as offered_at,
               min(s.moved_at) filter (where s.stage = 'ACCEPTED') as accepted_at
          from job_application_stage s
         group by s.application_id) f
 where f.application_id = a.id;

create function job_application_stage_summarised() returns trigger
    language plpgsql as $$
begin
    update job_application a
       set applied_at = case when new.stage = 'APPLIED' and a.applied_at is null then new.moved_at else a.applied_at end,
           applied_readiness = case when new.stage = 'APPLIED' and a.applied_at is null then new.readiness
                                    else a.applied_readiness end,
           interviewed_at = case when new.stage = 'INTERVIEWING' then coalesce(a.interviewed_at, new.moved_at)
                                 else a.interviewed_at end,
           offered_at = case when new.stage = 'OFFER' then coalesce(a.offered_at, new.moved_at) else a.offered_at end,
           accepted_at = case when new.stage = 'ACCEPTED' then coalesce(a.accepted_at, new.moved_at)
                              else a.accepted_at end
     where a.id = new.application_id
       and new.stage in ('APPLIED', 'INTERVIEWING', 'OFFER', 'ACCEPTED');
    return null;
end
$$;

create trigger job_application_stage_summary
    after insert on job_application_stage
    for each row execute function job_application_stage_summarised();

-- the report's range scan carries what it aggregates
create index job_application_applied_idx on job_application (applied_at)
    include (guide_id, candidate_id, applied_readiness, interviewed_at, offered_at, accepted_at)
    where applied_at is not null;

-- a caseload's open applications (offers waiting, no movement), reached from its candidates
create index job_application_open_idx on job_application (candidate_id, stage_changed_at)
    include (stage) where stage in ('APPLIED', 'SCREENING', 'INTERVIEWING', 'OFFER');
