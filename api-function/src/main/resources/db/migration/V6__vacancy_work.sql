-- An archived vacancy is closed and kept out of the default vacancy list (its candidates' retention runs from the
-- closing as before).
ALTER TABLE vacancy ADD COLUMN archived_at timestamptz;

-- The job description as a recruiter edited it (from a generated one, or written by hand): one per vacancy, with a
-- version so that two people editing it do not overwrite each other.
CREATE TABLE job_description_edit (
    vacancy_id    uuid         PRIMARY KEY REFERENCES vacancy (id) ON DELETE CASCADE,
    markdown      text         NOT NULL,
    based_on_task uuid,
    edited_by     varchar(100) NOT NULL,
    edited_at     timestamptz  NOT NULL,
    version       bigint       NOT NULL
);
