package io.hrassist.api.fakes;

class InMemoryInterviewKitsTest extends InterviewKitsContract {

    @Override
    protected Ports ports() {
        return Ports.of(new InMemoryStores());
    }
}
