-- Where a refresh token was used from, so that a repeat from the same client moments later (two parallel requests
-- after a 401: the app and its widget) is told "just refreshed" instead of revoking the whole sign-in.
alter table api_token add column used_from varchar(64);
