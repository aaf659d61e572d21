package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hrassist.api.domain.Role;
import io.hrassist.events.EventIds;
import io.hrassist.events.EventType;
import io.hrassist.events.fixtures.CloudEventRequests;
import io.hrassist.events.fixtures.Fixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Erasure reaches every row that holds anything of the candidate: document, text, evaluations with their quotes,
 * requests waiting in the outbox, decisions, notes, feedback; a result still in flight is dropped when it arrives.
 * Results of other systems' requests are recorded here (external tasks on), so a dropped late result is not merely
 * rejected as unknown.
 */
@MicronautTest(transactional = false)
class CandidateErasureTest extends CandidateApiSupport {

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("hr-assist.results.external-tasks", "true");
    }

    @Test
    void erasesTheCandidateEverywhereAndKeepsOnlyTheAuditEntry() throws Exception {
        Traced candidate = traced();
        Member manager = member(Role.HIRING_MANAGER);
        assign(manager, candidate.vacancy());
        problem(as(manager, HttpRequest.DELETE("/api/v1/candidates/" + candidate.id())), 403);

        Member recruiter = member(Role.RECRUITER);
        assertThat(client.toBlocking()
                        .exchange(as(recruiter, HttpRequest.DELETE("/api/v1/candidates/" + candidate.id())))
                        .code())
                .isEqualTo(204);

        assertNothingLeft(candidate);
        List<List<String>> audit = audit(candidate.id());
        List<String> erased = audit.get(audit.size() - 1);
        assertThat(erased.subList(0, 2)).containsExactly(recruiter.username(), "CANDIDATE_ERASED");
        assertThat(mapper.readTree(erased.get(2)))
                .isEqualTo(mapper.readTree("{\"vacancyId\":\"" + candidate.vacancy() + "\",\"cause\":\"REQUEST\"}"));
        assertThat(audit).allSatisfy(row -> assertThat(String.join(" ", row)).doesNotContain(candidate.marker()));
        for (String path : List.of("", "/document", "/notes", "/feedback", "/export")) {
            problem(auth(HttpRequest.GET("/api/v1/candidates/" + candidate.id() + path)), 404);
        }
        problem(auth(HttpRequest.DELETE("/api/v1/candidates/" + candidate.id())), 404);
        problem(auth(HttpRequest.POST("/api/v1/candidates/" + candidate.id() + "/evaluations", "")), 404);
        problem(auth(HttpRequest.GET("/api/v1/tasks/" + candidate.pendingTask())), 404);
        assertThat(call(HttpRequest.GET("/api/v1/vacancies/" + candidate.vacancy() + "/candidates")))
                .isEmpty();
    }

    @Test
    void dropsAResultThatArrivesForAnErasedCandidate() {
        Traced candidate = traced();
        client.toBlocking().exchange(auth(HttpRequest.DELETE("/api/v1/candidates/" + candidate.id())));

        var late = ingest(CloudEventRequests.binary(
                "/",
                EventIds.reply(API_SOURCE, candidate.pendingRequest(), EventType.RESUME_EVALUATION_COMPLETED.name()),
                "/hr-assist/resume-function",
                EventType.RESUME_EVALUATION_COMPLETED.name(),
                candidate.pendingTask(),
                evaluation(candidate.marker())));
        assertThat(client.toBlocking().exchange(late).code()).isEqualTo(202);
        var failed = ingest(CloudEventRequests.binary(
                "/",
                "failed-" + UUID.randomUUID(),
                "/hr-assist/resume-function",
                EventType.TASK_FAILED.name(),
                candidate.pendingTask(),
                Fixtures.data(EventType.TASK_FAILED)));
        assertThat(client.toBlocking().exchange(failed).code()).isEqualTo(202);

        assertNothingLeft(candidate);
    }

    @Test
    void deletingAVacancyErasesItsCandidatesTheSameWay() throws Exception {
        Traced candidate = traced();
        String kitTask = call(HttpRequest.POST(
                        "/api/v1/vacancies/" + candidate.vacancy() + "/interview-questions", Map.of("count", 3)))
                .get("id")
                .asText();

        client.toBlocking().exchange(auth(HttpRequest.DELETE("/api/v1/vacancies/" + candidate.vacancy())));

        assertNothingLeft(candidate);
        List<String> erased = audit(candidate.id()).get(audit(candidate.id()).size() - 1);
        assertThat(erased.subList(0, 2)).containsExactly("admin", "CANDIDATE_ERASED");
        assertThat(mapper.readTree(erased.get(2)))
                .isEqualTo(mapper.readTree(
                        "{\"vacancyId\":\"" + candidate.vacancy() + "\",\"cause\":\"VACANCY_DELETED\"}"));
        assertThat(rows("SELECT vacancy_id FROM task WHERE id = ?::uuid", kitTask))
                .as("the vacancy's own tasks hold nothing of candidates and stay")
                .hasSize(1);
    }

    /** A candidate with something in every place: an evaluation quoting it, a request waiting, decisions, notes, feedback. */
    private Traced traced() {
        String marker = "Zq" + UUID.randomUUID().toString().replace("-", "");
        String vacancy = createVacancy("Backend Engineer", "Java").get("id").asText();
        JsonNode uploaded = upload(
                vacancy, marker + ".txt", ("Name " + marker + ", Java since 2015").getBytes(StandardCharsets.UTF_8));
        String id = uploaded.get("candidate").get("id").asText();
        String evaluated = uploaded.get("task").get("id").asText();
        complete(evaluated, 70, marker + ", Java since 2015");
        String pending = call(HttpRequest.POST("/api/v1/candidates/" + id + "/evaluations", ""))
                .get("id")
                .asText();
        call(HttpRequest.PUT(
                "/api/v1/candidates/" + id + "/stage",
                Map.of("stage", "REJECTED", "reason", "reason about " + marker)));
        call(HttpRequest.POST("/api/v1/candidates/" + id + "/notes", Map.of("text", "note on " + marker)));
        call(HttpRequest.PUT(
                "/api/v1/candidates/" + id + "/feedback",
                Map.of("recommendation", "NO", "comment", "comment on " + marker)));
        assertThat(mentions(id, marker))
                .containsKeys(
                        "candidate",
                        "task",
                        "outbox_event",
                        "candidate_stage_change",
                        "candidate_note",
                        "interview_feedback");
        return new Traced(
                id,
                vacancy,
                marker,
                List.of(evaluated, pending),
                pending,
                taskRequest(pending).eventId());
    }

    /** No table but the audit log mentions the candidate or its text; none holds its tasks but the erased-ids list. */
    private static void assertNothingLeft(Traced candidate) {
        assertThat(mentions(candidate.id(), candidate.marker())).containsOnlyKeys("audit_event");
        for (String task : candidate.tasks()) {
            assertThat(rows("SELECT count(*) FROM task WHERE id = ?::uuid", task)
                            .get(0)
                            .get(0))
                    .isEqualTo("0");
            assertThat(rows("SELECT count(*) FROM outbox_event WHERE subject = ?", task)
                            .get(0)
                            .get(0))
                    .isEqualTo("0");
        }
    }

    /** The tables with rows whose text (bytes as hex too) contains any of {@code needles}, with their counts. */
    private static Map<String, Integer> mentions(String... needles) {
        var found = new java.util.TreeMap<String, Integer>();
        for (List<String> table : rows("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                + "current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'")) {
            String name = table.get(0);
            for (String needle : needles) {
                String hex = HexFormat.of().formatHex(needle.getBytes(StandardCharsets.UTF_8));
                int count = Integer.parseInt(rows(
                                "SELECT count(*) FROM " + name + " t WHERE t::text LIKE ? OR t::text LIKE ?",
                                "%" + needle + "%",
                                "%" + hex + "%")
                        .get(0)
                        .get(0));
                if (count > 0) {
                    found.merge(name, count, Integer::sum);
                }
            }
        }
        return found;
    }

    private static String evaluation(String quote) {
        return ("{\"score\":100,\"criteria\":[{\"name\":\"Java\",\"kind\":\"MUST_HAVE\",\"weight\":100,"
                        + "\"status\":\"MET\",\"evidence\":[\"%s\"]}],\"flags\":[],\"summary\":\"ok\","
                        + "\"engine\":{\"name\":\"offline\",\"fallback\":false}}")
                .formatted(quote);
    }

    /** A candidate, its vacancy, the marker in its text and file name, its tasks and the one still pending. */
    private record Traced(
            String id, String vacancy, String marker, List<String> tasks, String pendingTask, String pendingRequest) {}
}
