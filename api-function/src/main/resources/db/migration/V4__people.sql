-- When a vacancy last changed in what its job description, interview kit and candidate evaluations are made from
-- (title, language, seniority, skills). A result made before that time is shown as stale; nothing is updated in bulk.
-- NULL: unchanged since it was created.
ALTER TABLE vacancy ADD COLUMN content_changed_at timestamptz;

