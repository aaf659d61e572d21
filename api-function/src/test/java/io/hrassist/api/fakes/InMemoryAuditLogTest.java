package io.hrassist.api.fakes;

class InMemoryAuditLogTest extends AuditLogContract {

    @Override
    protected Ports ports() {
        return Ports.of(new InMemoryStores());
    }
}
