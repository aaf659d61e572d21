package io.hrassist.api.fakes;

class InMemoryCandidateStoreTest extends CandidateStoreContract {

    @Override
    protected Ports ports() {
        return Ports.of(new InMemoryStores());
    }
}
