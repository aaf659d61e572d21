package io.hrassist.api.fakes;

class InMemorySessionStoreTest extends SessionStoreContract {

    @Override
    protected Ports ports() {
        return Ports.of(new InMemoryStores());
    }
}
