package io.hrassist.api.db;

import io.hrassist.api.domain.AuditEntry;
import io.hrassist.api.domain.AuditQuery;
import io.hrassist.api.domain.AuditTrail;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

@Singleton
class JdbcAuditTrail implements AuditTrail {

    private final AuditEventRepository repository;

    JdbcAuditTrail(AuditEventRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<AuditEntry> find(AuditQuery q) {
        String action = q.action() == null ? null : q.action().name();
        return repository.search(q.actor(), q.objectType(), q.objectId(), action, q.from(), q.to(), q.limit()).stream()
                .map(JdbcAuditTrail::entry)
                .toList();
    }

    @Override
    public List<AuditEntry> about(String objectType, String objectId) {
        return repository.about(objectType, objectId).stream()
                .map(JdbcAuditTrail::entry)
                .toList();
    }

    private static AuditEntry entry(AuditEventRow r) {
        return new AuditEntry(r.id(), r.occurredAt(), r.actor(), r.action(), r.objectType(), r.objectId(), r.detail());
    }

    @Override
    public int forgetBefore(Instant cutoff) {
        return repository.forgetBefore(cutoff);
    }
}
