package io.hrassist.api.fakes;

class InMemoryCandidateNotesTest extends CandidateNotesContract {

    @Override
    protected Ports ports() {
        return Ports.of(new InMemoryStores());
    }
}
