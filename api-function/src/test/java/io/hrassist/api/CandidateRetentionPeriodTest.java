package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.api.domain.CandidateRetention;
import io.hrassist.api.domain.EraseExpiredCandidates;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The retention period is the configured one ({@code hr-assist.retention.candidates}), not the 180-day default. */
@MicronautTest(transactional = false)
class CandidateRetentionPeriodTest extends CandidateApiSupport {

    private final MovableClock clock = new MovableClock();

    @Inject
    EraseExpiredCandidates job;

    @Inject
    CandidateRetention retention;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("hr-assist.retention.candidates", "30d");
    }

    @Test
    void erasesACandidateTheConfiguredPeriodAfterItsLastChange() {
        String vacancy = createVacancy("Backend Engineer").get("id").asText();
        byte[] resume = ("Resume " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String id = upload(vacancy, "cv.txt", resume).get("candidate").get("id").asText();

        assertThat(retention.candidates()).isEqualTo(Duration.ofDays(30));
        runAt(Duration.ofDays(29));
        assertThat(existing(id)).isTrue();
        runAt(Duration.ofDays(31));
        assertThat(existing(id)).as("31 days, far short of the default 180").isFalse();
    }

    private void runAt(Duration ahead) {
        clock.moveAhead(ahead);
        try {
            job.run();
        } finally {
            clock.reset();
        }
    }

    private static boolean existing(String id) {
        return !rows("SELECT 1 FROM candidate WHERE id = ?::uuid", id).isEmpty();
    }
}
