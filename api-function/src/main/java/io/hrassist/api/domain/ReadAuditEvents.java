package io.hrassist.api.domain;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads the audit log for an admin; the read is audited too (with its filters), since the log names people. */
@Singleton
public class ReadAuditEvents {

    private final AuditTrail trail;
    private final AuditLog audit;

    ReadAuditEvents(AuditTrail trail, AuditLog audit) {
        this.trail = trail;
        this.audit = audit;
    }

    @Transactional
    public List<AuditEntry> read(Actor actor, AuditQuery query) {
        if (!actor.is(Role.ADMIN)) {
            throw new ForbiddenException("Only admins read the audit log.");
        }
        List<AuditEntry> entries = trail.find(query);
        audit.record(actor.username(), AuditAction.AUDIT_READ, "audit", null, query.filters());
        return entries;
    }
}
