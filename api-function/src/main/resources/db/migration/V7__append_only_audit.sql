-- The audit log is append-only for the app: its role may insert and read entries (afterMigrate.sql), not update or
-- delete them. Entries leave only through forget_audit_events below, which runs as the schema's owner and deletes
-- only entries older than the cutoff it is given and than 30 days, however it is called. The trigger keeps every entry
-- younger than 30 days from a DELETE by anyone it binds, the owner included (the UPDATE trigger of V3 stays).
CREATE FUNCTION audit_event_keeps_young_entries() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.occurred_at >= now() - interval '30 days' THEN
        RAISE EXCEPTION 'audit_event keeps every entry for at least 30 days (entry % is from %)', OLD.id, OLD.occurred_at;
    END IF;
    RETURN OLD;
END
$$;
CREATE TRIGGER audit_event_keeps_young BEFORE DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_keeps_young_entries();

-- The retention job's one way to delete entries. SECURITY DEFINER: it runs with its owner's (the migration user's)
-- rights, so the app role needs EXECUTE on it and no DELETE on the table; its search path is fixed to this schema
-- (temporary objects last), so no caller can make it act on another table.
DO $do$
BEGIN
    EXECUTE format($create$
        CREATE FUNCTION forget_audit_events(cutoff timestamptz) RETURNS integer
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = %I, pg_temp AS $body$
        DECLARE
            deleted integer;
        BEGIN
            IF cutoff IS NULL THEN
                RAISE EXCEPTION 'forget_audit_events needs a cutoff';
            END IF;
            DELETE FROM audit_event WHERE occurred_at < LEAST(cutoff, now() - interval '30 days');
            GET DIAGNOSTICS deleted = ROW_COUNT;
            RETURN deleted;
        END
        $body$
    $create$, current_schema());
END
$do$;
-- functions are executable by PUBLIC by default; afterMigrate.sql grants this one to the app role alone
REVOKE ALL ON FUNCTION forget_audit_events(timestamptz) FROM PUBLIC;
