package io.hrassist.api.fakes;

class InMemoryVacancyStoreTest extends VacancyStoreContract {

    @Override
    protected Ports ports() {
        return Ports.of(new InMemoryStores());
    }
}
