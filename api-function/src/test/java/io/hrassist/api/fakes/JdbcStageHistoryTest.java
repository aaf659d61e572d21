package io.hrassist.api.fakes;

import org.junit.jupiter.api.AfterAll;

class JdbcStageHistoryTest extends StageHistoryContract {

    private final PostgresPorts postgres = new PostgresPorts();

    @Override
    protected Ports ports() {
        return postgres.ports();
    }

    @AfterAll
    void stop() {
        postgres.close();
    }
}
