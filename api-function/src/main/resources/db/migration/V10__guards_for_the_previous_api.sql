-- What the previous release's API does on this schema during a rolling update (deploy/rolling-update.sh runs it here),
-- held by the database rather than by grants or by the new code alone.
--
-- 1. The audit log stays append-only whatever the grants: a restarting pod of the previous release runs its own
--    afterMigrate.sql, which grants the app role DELETE on audit_event again. The DELETE trigger of V7 now also refuses
--    every role but the table's owner (forget_audit_events runs as the owner) and superusers, so entries leave only
--    through forget_audit_events; the previous release's retention job, which deletes directly, is refused and retries
--    (its WARN), and this release's job removes those entries.
CREATE OR REPLACE FUNCTION audit_event_keeps_young_entries() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_user <> (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = TG_RELID)
            AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        RAISE EXCEPTION 'audit_event entries leave only through forget_audit_events (% may not delete them)', current_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.occurred_at >= now() - interval '30 days' THEN
        RAISE EXCEPTION 'audit_event keeps every entry for at least 30 days (entry % is from %)', OLD.id, OLD.occurred_at;
    END IF;
    RETURN OLD;
END
$$;

-- 2. A user's deactivated_at (V8) follows active whoever writes it: the previous release deactivates and reactivates
--    users without knowing the column, and the retention that clears a deactivated user's name counts from it.
CREATE FUNCTION app_user_deactivated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.active THEN
        NEW.deactivated_at := NULL;
    ELSIF NEW.deactivated_at IS NULL THEN
        NEW.deactivated_at := now();
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER app_user_deactivated_at BEFORE INSERT OR UPDATE OF active, deactivated_at ON app_user
    FOR EACH ROW EXECUTE FUNCTION app_user_deactivated_at();
