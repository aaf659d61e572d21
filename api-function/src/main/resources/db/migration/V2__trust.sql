-- The random id of the request event a task was started with: only a reply derived from it answers the task.
ALTER TABLE task ADD COLUMN request_event_id uuid;

-- Sign-in: a token carries its user's token version (raised to end every session), failed attempts lock an account
-- for a while, and a signed-out token's id is kept until it would have expired anyway.
ALTER TABLE app_user ADD COLUMN token_version integer NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN failed_logins integer NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN locked_until timestamptz;

CREATE TABLE revoked_token (
    token_id   varchar(100) PRIMARY KEY,
    expires_at timestamptz  NOT NULL
);
CREATE INDEX revoked_token_expires ON revoked_token (expires_at);
