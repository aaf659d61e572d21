package io.hrassist.api.domain;

import java.util.Map;

/**
 * The append-only audit log: who did what to which object and when. Written in the transaction of the change it
 * records, so that a change is never without its entry. {@code detail} names ids, fields and stages, never resume
 * text or a candidate's personal data.
 */
public interface AuditLog {

    /** Records {@code action} by {@code actor} (null: the system itself) on an object named by type and id. */
    void record(String actor, AuditAction action, String objectType, Object objectId, Map<String, ?> detail);

    default void record(Actor actor, AuditAction action, String objectType, Object objectId) {
        record(actor.username(), action, objectType, objectId, Map.of());
    }
}
