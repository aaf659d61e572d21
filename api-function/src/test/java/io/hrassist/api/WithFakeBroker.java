package io.hrassist.api;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/** An API test whose request events go to a {@link FakeBroker} (each test starts it; it stops after the class). */
abstract class WithFakeBroker extends ApiTest {

    protected final FakeBroker broker = new FakeBroker();

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("hr-assist.broker.url", broker.url());
    }

    @AfterAll
    void stopBroker() {
        broker.close();
    }
}
