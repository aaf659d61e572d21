package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.api.domain.AuditAction;
import io.hrassist.api.domain.AuditEntry;
import io.hrassist.api.domain.AuditLog;
import io.hrassist.api.domain.AuditQuery;
import io.hrassist.api.domain.AuditRetention;
import io.hrassist.api.domain.AuditTrail;
import io.hrassist.api.domain.ForgetOldAuditEvents;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Audit entries are deleted once older than {@code hr-assist.audit.retention}, counted back from the clock: the job
 * runs here at fixed instants, in a database of its own (it deletes every old entry there).
 */
@MicronautTest(transactional = false)
class AuditRetentionTest extends ApiTest {

    @Inject
    AuditLog audit;

    @Inject
    AuditTrail trail;

    @Inject
    AuditRetention retention;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(super.getProperties());
        properties.putAll(TestPostgres.anotherDatabase());
        properties.put("hr-assist.audit.retention", "30d");
        return properties;
    }

    @Test
    void deletesEntriesOnceOlderThanTheRetentionPeriodAndNotBefore() {
        audit.record("retention-tester", AuditAction.VACANCY_CREATED, "vacancy", "kept-for-30-days", Map.of());
        Instant recorded = entries().get(0).occurredAt();
        assertThat(retention.period()).isEqualTo(Duration.ofDays(30));

        assertThat(runAt(recorded.plus(Duration.ofDays(29)))).isZero();
        assertThat(runAt(recorded.plus(Duration.ofDays(30))))
                .as("exactly 30 days old")
                .isZero();
        assertThat(entries()).hasSize(1);

        assertThat(runAt(recorded.plus(Duration.ofDays(30)).plusMillis(1))).isPositive();
        assertThat(entries()).isEmpty();
    }

    private int runAt(Instant now) {
        return new ForgetOldAuditEvents(trail, Clock.fixed(now, ZoneOffset.UTC), retention).run();
    }

    private List<AuditEntry> entries() {
        return trail.find(new AuditQuery("retention-tester", null, "kept-for-30-days", null, null, null, 10));
    }
}
