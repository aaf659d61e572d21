package io.hrassist.api.domain;

import java.time.Instant;
import java.util.List;

/** The audit log as it is read and kept: searched by admins, emptied of entries older than the retention period. */
public interface AuditTrail {

    /** Entries that match, newest first. */
    List<AuditEntry> find(AuditQuery query);

    /** Every entry about one object, oldest first (for a subject access export: who did what to it, when). */
    List<AuditEntry> about(String objectType, String objectId);

    /**
     * Deletes the entries that occurred before {@code cutoff}, but none younger than {@link AuditRetention#MINIMUM},
     * whatever the cutoff; how many went.
     */
    int forgetBefore(Instant cutoff);
}
