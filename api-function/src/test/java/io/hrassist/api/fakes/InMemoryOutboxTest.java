package io.hrassist.api.fakes;

class InMemoryOutboxTest extends OutboxContract {

    @Override
    protected Ports ports() {
        return Ports.of(new InMemoryStores());
    }
}
