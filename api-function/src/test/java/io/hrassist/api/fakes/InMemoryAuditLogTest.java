package io.hrassist.api.fakes;

import io.hrassist.api.domain.AuditAction;
import java.time.Instant;
import java.util.UUID;

class InMemoryAuditLogTest extends AuditLogContract {

    private InMemoryStores stores;

    @Override
    protected Ports ports() {
        stores = new InMemoryStores();
        return Ports.of(stores);
    }

    @Override
    protected void recordedAt(Instant at, String actor) {
        stores.auditLog().recordAt(at, actor, AuditAction.VACANCY_CREATED, "VACANCY", UUID.randomUUID());
    }
}
