package io.hrassist.api.domain;

import java.time.Duration;
import java.util.Map;

/**
 * The append-only audit log: who did what to which object and when. Written in the transaction of the change it
 * records, so that a change is never without its entry. {@code detail} names ids, fields and stages, never resume
 * text or a candidate's personal data.
 */
public interface AuditLog {

    /** Records {@code action} by {@code actor} (null: the system itself) on an object named by type and id. */
    void record(String actor, AuditAction action, String objectType, Object objectId, Map<String, ?> detail);

    /**
     * Records a read that repeats often (a list the UI refreshes) at most once per {@code window} for the same actor,
     * action and object, so that the log shows who looked without a line per refresh.
     */
    void recordAtMostEvery(Duration window, String actor, AuditAction action, String objectType, Object objectId);

    default void record(Actor actor, AuditAction action, String objectType, Object objectId) {
        record(actor.username(), action, objectType, objectId, Map.of());
    }
}
