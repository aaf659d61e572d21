-- When a user was deactivated (DELETE /api/v1/users/{id}): once the audit retention period has passed since, the
-- retention job clears their display name. The username stays (see docs/data-protection.md). Users deactivated before
-- this migration count from now, as nobody knows since when.
ALTER TABLE app_user ADD COLUMN deactivated_at timestamptz;
UPDATE app_user SET deactivated_at = now() WHERE NOT active;
