package io.hrassist.api.fakes;

class InMemoryInboxTest extends InboxContract {

    @Override
    protected Ports ports() {
        return Ports.of(new InMemoryStores());
    }
}
