package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hrassist.api.domain.AuditAction;
import io.hrassist.api.domain.AuditEntry;
import io.hrassist.api.domain.AuditLog;
import io.hrassist.api.domain.AuditQuery;
import io.hrassist.api.domain.AuditRetention;
import io.hrassist.api.domain.AuditTrail;
import io.hrassist.api.domain.ForgetOldAuditEvents;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Audit entries are deleted once older than {@code hr-assist.audit.retention}, counted back from the clock: the job
 * runs here at fixed instants, in a database of its own (it deletes every old entry there). Whatever the clock says,
 * the database keeps every entry younger than {@link AuditRetention#MINIMUM}.
 */
@MicronautTest(transactional = false)
class AuditRetentionTest extends ApiTest {

    @Inject
    AuditLog audit;

    @Inject
    AuditTrail trail;

    @Inject
    AuditRetention retention;

    private Map<String, String> database;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(super.getProperties());
        if (database == null) {
            database = TestPostgres.anotherDatabase();
        }
        properties.putAll(database);
        properties.put("hr-assist.audit.retention", "30d");
        return properties;
    }

    @Test
    void deletesEntriesOnceOlderThanTheRetentionPeriodAndNotBefore() {
        Instant recorded = Instant.now().minus(Duration.ofDays(45)).truncatedTo(ChronoUnit.MICROS);
        sql(
                "INSERT INTO audit_event (occurred_at, actor, action, object_type, object_id) "
                        + "VALUES (?, 'retention-tester', 'VACANCY_CREATED', 'vacancy', 'kept-for-30-days')",
                Timestamp.from(recorded));
        assertThat(retention.period()).isEqualTo(Duration.ofDays(30));

        assertThat(runAt(recorded.plus(Duration.ofDays(29)))).isZero();
        assertThat(runAt(recorded.plus(Duration.ofDays(30))))
                .as("exactly 30 days old")
                .isZero();
        assertThat(entries()).hasSize(1);

        assertThat(runAt(recorded.plus(Duration.ofDays(30)).plusMillis(1))).isPositive();
        assertThat(entries()).isEmpty();
    }

    @Test
    void neverDeletesAnEntryYoungerThanTheMinimumWhateverTheClockSays() {
        audit.record("young-tester", AuditAction.VACANCY_CREATED, "vacancy", "recorded-now", Map.of());

        assertThat(runAt(Instant.now().plus(Duration.ofDays(4000)))).isZero();
        assertThat(young()).hasSize(1);
        assertThat(catchThrowable(() -> sql("DELETE FROM audit_event WHERE actor = 'young-tester'")))
                .as("not even the owner deletes it")
                .hasMessageContaining("audit_event keeps every entry for at least 30 days");
        assertThat(young()).hasSize(1);
    }

    @Test
    void refusesARetentionShorterThanTheMinimum() {
        assertThatThrownBy(() -> new AuditRetention(Duration.ofDays(29))).hasMessageContaining("at least 30 days");
    }

    private int runAt(Instant now) {
        return new ForgetOldAuditEvents(trail, Clock.fixed(now, ZoneOffset.UTC), retention).run();
    }

    private List<AuditEntry> entries() {
        return trail.find(new AuditQuery("retention-tester", null, "kept-for-30-days", null, null, null, 10));
    }

    private List<AuditEntry> young() {
        return trail.find(new AuditQuery("young-tester", null, null, null, null, null, 10));
    }

    private void sql(String statement, Object... parameters) {
        try (var connection = DriverManager.getConnection(
                        database.get("datasources.default.url"),
                        database.get("datasources.default.username"),
                        database.get("datasources.default.password"));
                var run = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                run.setObject(i + 1, parameters[i]);
            }
            run.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }
}
