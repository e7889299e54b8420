-- The candidate list at 100,000 candidates (issue 8's grid benchmark): every sort the list offers by default and every
-- search must be served by an index, or a page near the end and short Korean searches take seconds.

-- 1. Readiness. The list shows and sorts by a candidate's best target-role readiness. Computed per row by a subquery,
--    sorting by it meant computing it for every candidate and sorting on disk (2.7-3.3 s). It is now stored on the
--    candidate and kept by the database itself, so no code path (services, imports, erasure's cascades, bulk SQL) can
--    forget it. Only a real change writes the candidate row, so an unchanged score takes no lock on the candidate.
alter table candidate add column best_readiness integer;

update candidate c
   set best_readiness = r.best
  from (select candidate_id, max(readiness) as best from target_role group by candidate_id) r
 where r.candidate_id = c.id;

create function candidate_refresh_best_readiness(candidate bigint) returns void
    language sql as $$
    update candidate c
       set best_readiness = (select max(t.readiness) from target_role t where t.candidate_id = c.id)
     where c.id = candidate
       and c.best_readiness is distinct from (select max(t.readiness) from target_role t where t.candidate_id = c.id)
$$;

create function target_role_keeps_best_readiness() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform candidate_refresh_best_readiness(new.candidate_id);
    elsif tg_op = 'DELETE' then
        perform candidate_refresh_best_readiness(old.candidate_id);
    elsif new.readiness is distinct from old.readiness or new.candidate_id <> old.candidate_id then
        perform candidate_refresh_best_readiness(new.candidate_id);
        if new.candidate_id <> old.candidate_id then
            perform candidate_refresh_best_readiness(old.candidate_id);
        end if;
    end if;
    return null;
end
$$;

create trigger target_role_best_readiness
    after insert or delete or update of readiness, candidate_id on target_role
    for each row execute function target_role_keeps_best_readiness();

-- 2. The list's orders, only over the candidates it can show (erased ones never appear). The name index carries the
--    filter columns, so "status X, by name" near row 45,000 is an index-only walk instead of 45,000 heap visits.
--    Readiness: ascending puts candidates without a target role first and descending last, so one index serves both.
drop index candidate_name_idx;
create index candidate_list_name_idx on candidate (full_name, id)
    include (pipeline_status, consultant_id, career_stage) where erased_at is null;
create index candidate_list_readiness_idx on candidate (best_readiness asc nulls first, id)
    include (pipeline_status, consultant_id, career_stage) where erased_at is null;
create index candidate_list_updated_idx on candidate (updated_at, id)
    include (pipeline_status, consultant_id, career_stage) where erased_at is null;

-- 3. Search with two characters. A Korean name is mostly two or three syllables and people type two ("김민"); pg_trgm
--    extracts no trigram from a two-character pattern, so such a search scanned the whole table (0.8-1.1 s). A GIN
--    index over the distinct character pairs of name and e-mail finds the candidates that contain the pair; the ILIKE
--    beside it still decides. plpgsql so that the planner never inlines it and index and query keep the same
--    expression; candidate_search_has_pair is plain SQL so that it IS inlined into that expression.
create function candidate_search_pairs(text) returns text[]
    language plpgsql immutable strict parallel safe as $$
declare
    pairs text[] := '{}';
begin
    for i in 1 .. length($1) - 1 loop
        pairs := pairs || substr($1, i, 2);
    end loop;
    return pairs;
end
$$;

create index candidate_search_pairs_idx on candidate
    using gin (candidate_search_pairs(lower(full_name::text) || chr(10) || lower(coalesce(email::text, ''))));

create function candidate_search_has_pair(full_name text, email text, pair text) returns boolean
    language sql immutable parallel safe as $$
    select candidate_search_pairs(lower(full_name) || chr(10) || lower(coalesce(email, ''))) @> array[lower(pair)]
$$;

-- Statistics for the new expression index, so that the planner knows how selective a pair is from the start.
analyze candidate;
