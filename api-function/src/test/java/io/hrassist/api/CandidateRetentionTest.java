package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.api.domain.EraseExpiredCandidates;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Candidates not hired are erased 180 days (the default) after the later of their last change and their vacancy's
 * closing. The job is run directly, on a clock moved ahead.
 */
@MicronautTest(transactional = false)
class CandidateRetentionTest extends CandidateApiSupport {

    private static final Duration PERIOD = Duration.ofDays(180);

    private final MovableClock clock = new MovableClock();

    @Inject
    EraseExpiredCandidates job;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void erasesCandidatesOfAnOpenVacancyThePeriodAfterTheirLastChangeButNeverTheHired() {
        String vacancy = createVacancy("Backend Engineer").get("id").asText();
        String untouched = candidate(vacancy);
        String hired = candidate(vacancy);
        for (String stage : List.of("OFFER", "HIRED")) {
            call(HttpRequest.PUT("/api/v1/candidates/" + hired + "/stage", Map.of("stage", stage)));
        }
        String noted = candidate(vacancy);
        update(
                "UPDATE candidate SET updated_at = now() - interval '100 days' WHERE id IN (?::uuid, ?::uuid)",
                untouched,
                noted);
        call(HttpRequest.POST("/api/v1/candidates/" + noted + "/notes", Map.of("text", "Called back today")));

        runAt(PERIOD.minusDays(101));
        assertThat(existing(untouched, hired, noted)).containsExactlyInAnyOrder(untouched, hired, noted);

        runAt(PERIOD.minusDays(99));
        assertThat(existing(untouched, hired, noted)).containsExactlyInAnyOrder(hired, noted);

        runAt(PERIOD.plusDays(1));
        assertThat(existing(untouched, hired, noted)).containsExactly(hired);
        runAt(PERIOD.multipliedBy(10));
        assertThat(existing(hired)).containsExactly(hired);
    }

    @Test
    void erasesCandidatesOfAClosedVacancyThePeriodAfterItClosedAndAuditsItWithoutAnActor() throws Exception {
        String vacancy = createVacancy("Backend Engineer").get("id").asText();
        String id = candidate(vacancy);
        update("UPDATE candidate SET updated_at = now() - interval '400 days' WHERE id = ?::uuid", id);
        update("UPDATE vacancy SET closed_at = now() - interval '10 days' WHERE id = ?::uuid", vacancy);

        runAt(Duration.ZERO);
        assertThat(existing(id)).containsExactly(id);

        runAt(PERIOD.minusDays(9));
        assertThat(existing(id)).isEmpty();
        problem(auth(HttpRequest.GET("/api/v1/candidates/" + id)), 404);
        List<String> erased = audit(id).get(audit(id).size() - 1);
        assertThat(erased.get(0)).isNull();
        assertThat(erased.get(1)).isEqualTo("CANDIDATE_ERASED");
        assertThat(mapper.readTree(erased.get(2)).get("cause").asText()).isEqualTo("RETENTION");
    }

    @Test
    void aHiredCandidateRejectedLaterIsErasedThePeriodAfterTheRejection() {
        String vacancy = createVacancy("Backend Engineer").get("id").asText();
        String id = candidate(vacancy);
        for (String stage : List.of("OFFER", "HIRED")) {
            call(HttpRequest.PUT("/api/v1/candidates/" + id + "/stage", Map.of("stage", stage)));
        }
        update("UPDATE candidate SET updated_at = now() - interval '400 days' WHERE id = ?::uuid", id);
        runAt(Duration.ZERO);
        assertThat(existing(id)).containsExactly(id);

        call(HttpRequest.PUT(
                "/api/v1/candidates/" + id + "/stage", Map.of("stage", "REJECTED", "reason", "Probation not passed")));

        runAt(PERIOD.minusDays(1));
        assertThat(existing(id)).containsExactly(id);
        runAt(PERIOD.plusDays(1));
        assertThat(existing(id)).isEmpty();
    }

    @Test
    void forgetsTheIdsOfErasedTasksAfterAMonth() {
        String vacancy = createVacancy("Backend Engineer").get("id").asText();
        String id = candidate(vacancy);
        String task = rows("SELECT id FROM task WHERE candidate_id = ?::uuid", id)
                .get(0)
                .get(0);
        client.toBlocking().exchange(auth(HttpRequest.DELETE("/api/v1/candidates/" + id)));
        assertThat(rows("SELECT count(*) FROM erased_task WHERE task_id = ?::uuid", task)
                        .get(0)
                        .get(0))
                .isEqualTo("1");

        runAt(Duration.ofDays(29));
        assertThat(rows("SELECT count(*) FROM erased_task WHERE task_id = ?::uuid", task)
                        .get(0)
                        .get(0))
                .isEqualTo("1");
        runAt(Duration.ofDays(31));
        assertThat(rows("SELECT count(*) FROM erased_task WHERE task_id = ?::uuid", task)
                        .get(0)
                        .get(0))
                .isEqualTo("0");
    }

    private void runAt(Duration ahead) {
        clock.moveAhead(ahead);
        try {
            job.run();
        } finally {
            clock.reset();
        }
    }

    private static List<String> existing(String... ids) {
        return rows("SELECT id::text FROM candidate WHERE id::text = ANY (?)", (Object) ids).stream()
                .map(row -> row.get(0))
                .toList();
    }

    private String candidate(String vacancy) {
        byte[] resume = ("Resume " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        return upload(vacancy, "cv.txt", resume).get("candidate").get("id").asText();
    }
}
