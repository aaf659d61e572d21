package io.hrassist.api.fakes;

class InMemoryAccountStoreTest extends AccountStoreContract {

    @Override
    protected Ports ports() {
        return Ports.of(new InMemoryStores());
    }
}
