-- An archived vacancy is closed and kept out of the default vacancy list (its candidates' retention runs from the
-- closing as before).
ALTER TABLE vacancy ADD COLUMN archived_at timestamptz;
