package io.hrassist.api.fakes;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;

class JdbcAuditLogTest extends AuditLogContract {

    private final PostgresPorts postgres = new PostgresPorts();

    @Override
    protected Ports ports() {
        return postgres.ports();
    }

    @Override
    protected void recordedAt(Instant at, String actor) {
        postgres.update(
                "INSERT INTO audit_event (occurred_at, actor, action) VALUES (?, ?, 'VACANCY_CREATED')",
                Timestamp.from(at),
                actor);
    }

    @AfterAll
    void stop() {
        postgres.close();
    }
}
