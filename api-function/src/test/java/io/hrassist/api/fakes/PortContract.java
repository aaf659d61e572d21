package io.hrassist.api.fakes;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the contract tests: one instance per class (a JDBC subclass starts its context once), fresh {@link Ports}
 * before each test. The adapters share one database across a class's tests, so each test makes its own rows (random
 * ids, own usernames) and asserts about those.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PortContract {

    /** A time an hour ago, as PostgreSQL keeps it (microseconds). */
    protected static final Instant HOUR_AGO =
            Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS);

    protected Ports ports;

    /** The ports under test: new fakes, or the adapters of this class's database. */
    protected abstract Ports ports();

    @BeforeEach
    void openPorts() {
        ports = ports();
    }
}
