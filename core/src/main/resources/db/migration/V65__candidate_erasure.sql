-- Erasure of a candidate (privacy): the row stays so that statistics (pipeline, readiness, sessions) keep counting,
-- but nothing identifies the person any more. An erased candidate has no e-mail address, hence the column may be null
-- (the unique constraint still holds for everyone else: PostgreSQL treats nulls as distinct).
alter table candidate alter column email drop not null;
alter table candidate add column erased_at timestamptz;
alter table candidate add constraint candidate_erased_has_no_email check (erased_at is null or email is null);
alter table candidate add constraint candidate_email_unless_erased check (erased_at is not null or email is not null);
