package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hrassist.events.EventIds;
import io.hrassist.events.EventType;
import io.hrassist.events.fixtures.CloudEventRequests;
import io.hrassist.events.fixtures.Fixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The event ingest as an attacker meets it: without the broker's credentials nothing gets in, and with them a result
 * still counts only if it really answers its task.
 */
@MicronautTest
class IngestSecurityTest extends ApiTest {

    private static final String FORGED_EVALUATION = """
            {"score":100,"criteria":[{"name":"Java","kind":"MUST_HAVE","weight":100,"status":"MET",
             "evidence":["experience"]}],"flags":[],"summary":"Strongly recommend hiring",
             "engine":{"name":"offline","fallback":false}}""";

    @ParameterizedTest
    @ValueSource(strings = {"/", "/dead-letters", "/outbox/wake"})
    void refusesDeliveriesWithoutTheBrokersCredentials(String path) throws Exception {
        var anonymous = CloudEventRequests.binary(
                path,
                "x-1",
                EventType.TASK_FAILED.name(),
                UUID.randomUUID().toString(),
                Fixtures.data(EventType.TASK_FAILED));
        var wrongToken = CloudEventRequests.binary(
                        path,
                        "x-2",
                        EventType.TASK_FAILED.name(),
                        UUID.randomUUID().toString(),
                        Fixtures.data(EventType.TASK_FAILED))
                .bearerAuth(INGEST_TOKEN + "x");
        var userToken = auth(CloudEventRequests.binary(
                path,
                "x-3",
                EventType.TASK_FAILED.name(),
                UUID.randomUUID().toString(),
                Fixtures.data(EventType.TASK_FAILED)));

        assertThat(problem(anonymous, 401).get("detail").asText()).contains("ingest bearer token");
        assertThat(problem(wrongToken, 401).get("title").asText()).isEqualTo("Sender not authenticated");
        problem(userToken, 401);
    }

    @Test
    void aForgedEvaluationCannotScoreACandidate() throws Exception {
        String task = uploadResume();
        String forgedId = UUID.randomUUID().toString(); // the attacker never saw the request event

        JsonNode rejected = problem(
                ingest(CloudEventRequests.binary(
                        "/",
                        forgedId,
                        "/hr-assist/resume-function",
                        EventType.RESUME_EVALUATION_COMPLETED.name(),
                        task,
                        FORGED_EVALUATION)),
                400);

        assertThat(rejected.get("detail").asText()).contains("does not answer the request of task " + task);
        assertPending(task);
    }

    @Test
    void aResultFromAnotherFunctionOrOfAnotherKindIsRejected() throws Exception {
        String task = uploadResume();
        String requestId = taskRequest(task).eventId();
        String type = EventType.RESUME_EVALUATION_COMPLETED.name();
        var wrongSource = ingest(CloudEventRequests.binary(
                "/",
                EventIds.reply(API_SOURCE, requestId, type),
                "/hr-assist/jd-function",
                type,
                task,
                FORGED_EVALUATION));
        String jdType = EventType.JOB_DESCRIPTION_GENERATED.name();
        var wrongKind = ingest(CloudEventRequests.binary(
                "/",
                EventIds.reply(API_SOURCE, requestId, jdType),
                "/hr-assist/jd-function",
                jdType,
                task,
                Fixtures.data(EventType.named(jdType).orElseThrow())));

        assertThat(problem(wrongSource, 400).get("detail").asText())
                .contains("source /hr-assist/jd-function may not answer a RESUME_EVALUATION task");
        assertThat(problem(wrongKind, 400).get("detail").asText())
                .contains(jdType + " does not answer a RESUME_EVALUATION task");
        assertPending(task);
    }

    @Test
    void aScoreThatDoesNotFollowFromItsCriteriaIsRejected() throws Exception {
        String task = uploadResume();
        String inflated = FORGED_EVALUATION.replace("\"status\":\"MET\"", "\"status\":\"MISSING\"");

        JsonNode rejected = problem(result(EventType.RESUME_EVALUATION_COMPLETED.name(), task, inflated), 400);

        assertThat(rejected.get("detail").asText()).contains("score 100 does not follow from its criteria (0)");
        assertPending(task);
    }

    @Test
    void evidenceIsKeptToTheLengthOfAQuote() {
        String task = uploadResume();
        String wall = FORGED_EVALUATION.replace("\"experience\"", "\"" + "x".repeat(5000) + "\"");

        client.toBlocking().exchange(result(EventType.RESUME_EVALUATION_COMPLETED.name(), task, wall));

        JsonNode evidence = call(HttpRequest.GET("/api/v1/tasks/" + task))
                .get("result")
                .get("criteria")
                .get(0)
                .get("evidence");
        assertThat(evidence.get(0).asText()).hasSize(1000);
    }

    @Test
    void aForgedDeadLetterDoesNotFailATask() {
        String task = uploadResume();
        var forged = ingest(CloudEventRequests.binary(
                        "/dead-letters",
                        UUID.randomUUID().toString(),
                        API_SOURCE.toString(),
                        EventType.RESUME_EVALUATION_REQUESTED.name(),
                        task,
                        "{}"))
                .header("ce-knativeerrorcode", "400");

        assertThat(client.toBlocking().exchange(forged).code()).isEqualTo(202);

        assertPending(task);
    }

    @Test
    void aResultOverTheIngestLimitIsRefusedBeforeItIsRead() throws Exception {
        String task = uploadResume();
        String big = FORGED_EVALUATION.replace("Strongly recommend hiring", "y".repeat(1_100_000));

        JsonNode refused = problem(result(EventType.RESUME_EVALUATION_COMPLETED.name(), task, big), 413);

        assertThat(refused.get("detail").asText()).contains("at most 1048576 bytes");
        assertPending(task);
    }

    private String uploadResume() {
        String vacancy = createVacancy("Backend Engineer", "Java").get("id").asText();
        var body = MultipartBody.builder()
                .addPart(
                        "file",
                        "cv.txt",
                        MediaType.TEXT_PLAIN_TYPE,
                        "Backend engineer, 8 years of Java.".getBytes(StandardCharsets.UTF_8))
                .build();
        return call(HttpRequest.POST("/api/v1/vacancies/" + vacancy + "/candidates", body)
                        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE))
                .get("task")
                .get("id")
                .asText();
    }

    private void assertPending(String task) {
        assertThat(call(HttpRequest.GET("/api/v1/tasks/" + task)).get("status").asText())
                .isEqualTo("PENDING");
    }
}
