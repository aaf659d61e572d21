-- Runs after every migration, as the owner: the app role (HR_ASSIST_DB_APP_ROLE, empty when the app connects as the
-- owner) may read and write rows, and nothing else: no DDL, no TRUNCATE, no migration history; of the audit log it may
-- only insert and read entries, and call forget_audit_events.
DO $$
DECLARE
    app_role text := '${appRole}';
BEGIN
    IF app_role <> '' THEN
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), app_role);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON app_user, vacancy, task, candidate, outbox_event, '
            || 'processed_event, revoked_token, vacancy_hiring_manager, candidate_stage_change, candidate_note, '
            || 'interview_feedback, erased_task, job_description_edit, outbox_trace TO %I', app_role);
        -- the audit log is appended to and read, never changed: old entries go only through forget_audit_events (V7),
        -- which runs as the owner; DELETE is taken back from installations that granted it before
        EXECUTE format('GRANT SELECT, INSERT ON audit_event TO %I', app_role);
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM %I', app_role);
        EXECUTE format('GRANT EXECUTE ON FUNCTION forget_audit_events(timestamptz) TO %I', app_role);
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), app_role);
    END IF;
END
$$;
