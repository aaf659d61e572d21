-- Candidates as people: one candidate per file and vacancy, stages decided by people with their history, notes,
-- interview feedback, and erasure that reaches every row that holds anything of the candidate.

-- The same file uploaded twice to one vacancy is one candidate. Duplicates uploaded before this rule existed are
-- the same document evaluated once more: the oldest stays, the later copies go (with their tasks, below).
DELETE FROM candidate later USING candidate earlier
    WHERE later.vacancy_id = earlier.vacancy_id AND later.sha256 = earlier.sha256
      AND (later.created_at, later.id) > (earlier.created_at, earlier.id);
CREATE UNIQUE INDEX candidate_vacancy_content ON candidate (vacancy_id, sha256);

-- Where the candidate stands, and when anything about it last changed (the retention period of a candidate of an
-- open vacancy runs from there).
ALTER TABLE candidate ADD COLUMN stage varchar(20) NOT NULL DEFAULT 'NEW'
    CHECK (stage IN ('NEW', 'SHORTLISTED', 'INTERVIEW', 'OFFER', 'HIRED', 'REJECTED'));
ALTER TABLE candidate ADD COLUMN updated_at timestamptz;
UPDATE candidate SET updated_at = created_at;
ALTER TABLE candidate ALTER COLUMN updated_at SET NOT NULL;

-- Who the resume says it is from (read from its visible text by the resume function): kept apart from the
-- evaluation, shown to the hiring team, never sent to a model; links is a JSON array.
ALTER TABLE candidate ADD COLUMN contact_name varchar(200);
ALTER TABLE candidate ADD COLUMN contact_email varchar(320);
ALTER TABLE candidate ADD COLUMN contact_phone varchar(50);
ALTER TABLE candidate ADD COLUMN contact_links text;

-- Every stage change: who, when, from, to and why.
CREATE TABLE candidate_stage_change (
    id           bigserial    PRIMARY KEY,
    candidate_id uuid         NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
    from_stage   varchar(20)  NOT NULL,
    to_stage     varchar(20)  NOT NULL,
    reason       text,
    changed_by   varchar(100) NOT NULL,
    changed_at   timestamptz  NOT NULL
);
CREATE INDEX candidate_stage_change_candidate ON candidate_stage_change (candidate_id, changed_at);

CREATE TABLE candidate_note (
    id           uuid         PRIMARY KEY,
    candidate_id uuid         NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
    author       varchar(100) NOT NULL,
    text         text         NOT NULL,
    created_at   timestamptz  NOT NULL
);
CREATE INDEX candidate_note_candidate ON candidate_note (candidate_id, created_at);

-- One interviewer's feedback on a candidate, on the vacancy's interview kit (the task that generated it); ratings is
-- a JSON array of {questionId, question, rating (1-5 or null: not assessed)}.
CREATE TABLE interview_feedback (
    candidate_id   uuid         NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
    interviewer    varchar(100) NOT NULL,
    kit_task_id    uuid,
    ratings        text         NOT NULL,
    recommendation varchar(20)  NOT NULL,
    comment        text         NOT NULL,
    submitted_at   timestamptz  NOT NULL,
    updated_at     timestamptz  NOT NULL,
    PRIMARY KEY (candidate_id, interviewer)
);

-- A candidate's tasks (its evaluations, with their quotes of the resume) go with the candidate. Tasks of candidates
-- that are already gone (a deleted vacancy took its candidates and left their tasks behind) go now.
DELETE FROM outbox_event o USING task t
    WHERE o.subject = t.id::text AND t.candidate_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM candidate c WHERE c.id = t.candidate_id);
DELETE FROM task t
    WHERE t.candidate_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM candidate c WHERE c.id = t.candidate_id);
ALTER TABLE task ADD CONSTRAINT task_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id) ON DELETE CASCADE;
CREATE INDEX task_candidate ON task (candidate_id);

-- Ids of tasks erased with their candidate: a result that arrives for one later is dropped, never recorded (not even
-- as another system's task). A random id alone says nothing about anyone; the retention job forgets old ones.
CREATE TABLE erased_task (
    task_id   uuid        PRIMARY KEY,
    erased_at timestamptz NOT NULL
);
CREATE INDEX erased_task_time ON erased_task (erased_at);

-- Whatever removes a task (erasure, retention, the deletion of a vacancy with its candidates) also removes its
-- request event still waiting in the outbox (it carries the resume) and remembers the id.
CREATE FUNCTION task_erased() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM outbox_event WHERE subject = OLD.id::text;
    INSERT INTO erased_task (task_id, erased_at) VALUES (OLD.id, now()) ON CONFLICT DO NOTHING;
    RETURN OLD;
END
$$;
CREATE TRIGGER task_erased AFTER DELETE ON task FOR EACH ROW EXECUTE FUNCTION task_erased();
CREATE INDEX outbox_event_subject ON outbox_event (subject);
