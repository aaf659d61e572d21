package io.hrassist.api.fakes;

class InMemoryTaskStoreTest extends TaskStoreContract {

    @Override
    protected Ports ports() {
        return Ports.of(new InMemoryStores());
    }
}
