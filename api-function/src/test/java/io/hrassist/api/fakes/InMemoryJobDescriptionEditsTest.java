package io.hrassist.api.fakes;

class InMemoryJobDescriptionEditsTest extends JobDescriptionEditsContract {

    @Override
    protected Ports ports() {
        return Ports.of(new InMemoryStores());
    }
}
