package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hrassist.api.domain.Role;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Stages decided by people, with their history; the score is advice and moves nothing. */
@MicronautTest(transactional = false)
class CandidateStageTest extends CandidateApiSupport {

    @Test
    void movesThroughThePipelineKeepingWhoWhenFromToAndWhy() throws Exception {
        String id = candidate();
        Member recruiter = member(Role.RECRUITER);

        JsonNode change = callAs(recruiter, unsigned(id, "SHORTLISTED", "Strong Java evidence"));
        callAs(recruiter, unsigned(id, "INTERVIEW", null));
        move(id, "OFFER", null);
        move(id, "HIRED", "Accepted the offer");

        assertThat(change.get("from").asText()).isEqualTo("NEW");
        assertThat(change.get("to").asText()).isEqualTo("SHORTLISTED");
        assertThat(change.get("changedBy").asText()).isEqualTo(recruiter.username());
        JsonNode detail = call(HttpRequest.GET("/api/v1/candidates/" + id));
        assertThat(detail.get("stage").asText()).isEqualTo("HIRED");
        JsonNode history = detail.get("stageHistory");
        assertThat(history)
                .extracting(h -> h.get("from").asText() + ">" + h.get("to").asText())
                .containsExactly("NEW>SHORTLISTED", "SHORTLISTED>INTERVIEW", "INTERVIEW>OFFER", "OFFER>HIRED");
        assertThat(history.get(0).get("reason").asText()).isEqualTo("Strong Java evidence");
        assertThat(history.get(1).has("reason")).isFalse();
        assertThat(history.get(3).get("changedBy").asText()).isEqualTo("admin");
        assertThat(history.get(3).get("changedAt").asText()).isNotBlank();
        List<List<String>> audit = audit(id).stream()
                .filter(row -> row.get(1).equals("CANDIDATE_STAGE_CHANGED"))
                .toList();
        assertThat(audit).hasSize(4);
        assertThat(mapper.readTree(audit.get(0).get(2)))
                .isEqualTo(mapper.readTree("{\"from\":\"NEW\",\"to\":\"SHORTLISTED\"}"));
        assertThat(audit).allSatisfy(row -> assertThat(row.get(2)).doesNotContain("Java", "offer"));
    }

    @Test
    void aRejectionNeedsAReasonAndCanBeReconsidered() throws Exception {
        String id = candidate();

        assertThat(problem(stage(id, "REJECTED", null), 400).get("detail").asText())
                .isEqualTo("A rejection needs a reason.");
        problem(stage(id, "REJECTED", "   "), 400);
        problem(stage(id, "REJECTED", "x".repeat(2001)), 400);
        move(id, "REJECTED", "No Java experience shown");
        assertThat(problem(stage(id, "HIRED", null), 409).get("detail").asText())
                .contains("Only a candidate in stage OFFER can be HIRED");
        move(id, "SHORTLISTED", "Reconsidered after the referral");

        assertThat(call(HttpRequest.GET("/api/v1/candidates/" + id))
                        .get("stage")
                        .asText())
                .isEqualTo("SHORTLISTED");
    }

    @Test
    void skipsForwardAndStepsBackButHiresOnlyFromOfferAndMovesTheHiredOnlyToRejected() throws Exception {
        String id = candidate();

        assertThat(problem(stage(id, "HIRED", null), 409).get("detail").asText())
                .contains("OFFER");
        assertThat(problem(stage(id, "NEW", null), 409).get("detail").asText())
                .isEqualTo("The candidate is already in stage NEW.");
        move(id, "INTERVIEW", "Referral");
        move(id, "SHORTLISTED", "Clicked too early");
        move(id, "OFFER", null);
        move(id, "HIRED", null);
        for (String elsewhere : List.of("NEW", "SHORTLISTED", "INTERVIEW", "OFFER")) {
            assertThat(problem(stage(id, elsewhere, "Changed our mind"), 409)
                            .get("detail")
                            .asText())
                    .isEqualTo("A hired candidate stays HIRED unless REJECTED (with a reason).");
        }
        assertThat(problem(stage(id, "REJECTED", " "), 400).get("detail").asText())
                .isEqualTo("A rejection needs a reason.");
        move(id, "REJECTED", "Offer withdrawn");

        JsonNode detail = call(HttpRequest.GET("/api/v1/candidates/" + id));
        assertThat(detail.get("stage").asText()).isEqualTo("REJECTED");
        JsonNode last =
                detail.get("stageHistory").get(detail.get("stageHistory").size() - 1);
        assertThat(last.get("from").asText() + ">" + last.get("to").asText()).isEqualTo("HIRED>REJECTED");
        assertThat(last.get("reason").asText()).isEqualTo("Offer withdrawn");
    }

    @Test
    void refusesUnknownStagesHiringManagersAndUnknownCandidates() throws Exception {
        String vacancy = createVacancy("Backend Engineer").get("id").asText();
        String id = candidate(vacancy);
        Member manager = member(Role.HIRING_MANAGER);
        assign(manager, vacancy);

        assertThat(problem(stage(id, "PROMOTED", null), 400).get("detail").asText())
                .contains("PROMOTED");
        problem(auth(HttpRequest.PUT("/api/v1/candidates/" + id + "/stage", Map.of())), 400);
        problem(
                as(manager, HttpRequest.PUT("/api/v1/candidates/" + id + "/stage", Map.of("stage", "SHORTLISTED"))),
                403);
        problem(stage(UUID.randomUUID().toString(), "SHORTLISTED", null), 404);
        assertThat(call(HttpRequest.GET("/api/v1/candidates/" + id))
                        .get("stage")
                        .asText())
                .isEqualTo("NEW");
    }

    @Test
    void theScoreNeverMovesACandidate() {
        String vacancy = createVacancy("Backend Engineer", "Java").get("id").asText();
        JsonNode low = upload(vacancy, "low.txt", "Nothing relevant here".getBytes(StandardCharsets.UTF_8));
        JsonNode high = upload(vacancy, "high.txt", "Java, Java, Java".getBytes(StandardCharsets.UTF_8));

        complete(low.get("task").get("id").asText(), 0, "Nothing");
        complete(high.get("task").get("id").asText(), 100, "Java");

        assertThat(call(HttpRequest.GET("/api/v1/vacancies/" + vacancy + "/candidates")))
                .extracting(c -> c.get("stage").asText())
                .containsExactly("NEW", "NEW");
        assertThat(rows(
                                "SELECT count(*) FROM candidate_stage_change c JOIN candidate d ON d.id = c.candidate_id "
                                        + "WHERE d.vacancy_id = ?::uuid",
                                vacancy)
                        .get(0)
                        .get(0))
                .isEqualTo("0");
    }

    @Test
    void ofTwoSimultaneousDecisionsOneWinsAndTheOtherIsToldSo() throws Exception {
        String id = candidate();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        var outcomes = new ArrayList<Future<Integer>>();
        for (String to : List.of("SHORTLISTED", "SHORTLISTED")) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    return client.toBlocking().exchange(stage(id, to, null)).code();
                } catch (HttpClientResponseException e) {
                    return e.getStatus().getCode();
                }
            }));
        }
        start.countDown();
        var codes = new ArrayList<Integer>();
        for (Future<Integer> outcome : outcomes) {
            codes.add(outcome.get());
        }
        pool.shutdown();

        assertThat(codes).containsExactlyInAnyOrder(200, 409);
        assertThat(call(HttpRequest.GET("/api/v1/candidates/" + id)).get("stageHistory"))
                .hasSize(1);
    }

    private void move(String id, String to, @Nullable String reason) {
        client.toBlocking().exchange(stage(id, to, reason));
    }

    private MutableHttpRequest<Map<String, String>> stage(String id, String to, @Nullable String reason) {
        return auth(unsigned(id, to, reason));
    }

    private static MutableHttpRequest<Map<String, String>> unsigned(String id, String to, @Nullable String reason) {
        var body = new HashMap<String, String>();
        body.put("stage", to);
        if (reason != null) {
            body.put("reason", reason);
        }
        return HttpRequest.PUT("/api/v1/candidates/" + id + "/stage", body);
    }

    private String candidate() {
        return candidate(createVacancy("Backend Engineer").get("id").asText());
    }

    private String candidate(String vacancy) {
        byte[] resume = ("Resume " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        return upload(vacancy, "cv.txt", resume).get("candidate").get("id").asText();
    }
}
