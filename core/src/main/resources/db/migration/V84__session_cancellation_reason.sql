-- The consultant's optional words when cancelling a coaching session; the candidate's cancellation e-mail carries them (#20).
alter table coaching_session add column cancellation_reason varchar(500);
