package io.hrassist.api.fakes;

class InMemoryStageHistoryTest extends StageHistoryContract {

    @Override
    protected Ports ports() {
        return Ports.of(new InMemoryStores());
    }
}
