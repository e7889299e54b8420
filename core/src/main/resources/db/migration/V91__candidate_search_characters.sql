-- The count of a one-character search (#19): the first keystroke ("김") matches about one candidate in twenty, so no
-- trigram or pair index helps, and counting them scanned the whole table (129 ms p95 at 100,000 candidates). A GIN
-- index over the distinct characters of name and e-mail (living candidates only, as the list shows) finds exactly the
-- candidates that contain the character; the count then reads those rows alone. The page keeps walking the list's
-- order (its first rows come at once). plpgsql so that index and query keep the same expression;
-- candidate_search_has_character is plain SQL so that it is inlined into that expression.
create function candidate_search_characters(text) returns text[]
    language plpgsql immutable strict parallel safe as $$
declare
    found text[] := '{}';
    one text;
begin
    for i in 1 .. length($1) loop
        one := substr($1, i, 1);
        if not one = any (found) then
            found := found || one;
        end if;
    end loop;
    return found;
end
$$;

create index candidate_search_characters_idx on candidate
    using gin (candidate_search_characters(lower(full_name::text) || chr(10) || lower(coalesce(email::text, ''))))
    where erased_at is null;

create function candidate_search_has_character(full_name text, email text, one text) returns boolean
    language sql immutable parallel safe as $$
    select candidate_search_characters(lower(full_name) || chr(10) || lower(coalesce(email, ''))) @> array[lower(one)]
$$;

analyze candidate;
