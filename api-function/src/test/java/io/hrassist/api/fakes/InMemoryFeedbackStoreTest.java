package io.hrassist.api.fakes;

class InMemoryFeedbackStoreTest extends FeedbackStoreContract {

    @Override
    protected Ports ports() {
        return Ports.of(new InMemoryStores());
    }
}
