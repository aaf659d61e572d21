-- A hiring team's workspace. Every user has one role (ADMIN, RECRUITER or HIRING_MANAGER, in app_user.roles); a
-- deactivated user cannot sign in and their tokens are refused.
ALTER TABLE app_user ADD COLUMN display_name varchar(200);
ALTER TABLE app_user ADD COLUMN active boolean NOT NULL DEFAULT true;

-- A vacancy is closed when its hiring ends; candidates not hired are erased a retention period after that.
ALTER TABLE vacancy ADD COLUMN closed_at timestamptz;

-- Hiring managers assigned to a vacancy: they read it, its candidates and its kit and give feedback, nothing else.
CREATE TABLE vacancy_hiring_manager (
    vacancy_id uuid         NOT NULL REFERENCES vacancy (id) ON DELETE CASCADE,
    username   varchar(100) NOT NULL,
    PRIMARY KEY (vacancy_id, username)
);
CREATE INDEX vacancy_hiring_manager_user ON vacancy_hiring_manager (username);

-- Who did what to which object and when. Append-only: rows are never changed (the trigger below), only deleted by
-- the retention job once older than the audit retention period. Never holds resume text or a candidate's personal
-- data: objects are named by id.
CREATE TABLE audit_event (
    id          bigserial    PRIMARY KEY,
    occurred_at timestamptz  NOT NULL,
    actor       varchar(100),
    action      varchar(50)  NOT NULL,
    object_type varchar(30),
    object_id   varchar(100),
    detail      text
);
CREATE INDEX audit_event_time ON audit_event (occurred_at);
CREATE INDEX audit_event_object ON audit_event (object_type, object_id, occurred_at);
CREATE INDEX audit_event_actor ON audit_event (actor, occurred_at);

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END
$$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
