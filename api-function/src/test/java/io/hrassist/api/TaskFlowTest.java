package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hrassist.api.db.OutboxRepository;
import io.hrassist.events.EventType;
import io.hrassist.events.fixtures.CloudEventRequests;
import io.hrassist.events.fixtures.Fixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Tasks end to end inside the API: request → outbox event; result event at POST / → task ended, once. */
@MicronautTest
class TaskFlowTest extends ApiTest {

    @Inject
    OutboxRepository outbox;

    @Test
    void jobDescriptionTaskWritesItsRequestEventAndEndsWithTheResult() throws Exception {
        String vacancy = createVacancy("Backend Engineer", "Java").get("id").asText();

        HttpResponse<JsonNode> started = client.toBlocking()
                .exchange(
                        auth(HttpRequest.POST("/api/v1/vacancies/" + vacancy + "/job-description", "")),
                        JsonNode.class);

        assertThat(started.code()).isEqualTo(202);
        String task = started.body().get("id").asText();
        assertThat(started.header("Location")).isEqualTo("/api/v1/tasks/" + task);
        assertThat(started.body().get("status").asText()).isEqualTo("PENDING");
        var event = outbox.waiting().stream()
                .filter(r -> r.subject().equals(task))
                .findFirst()
                .orElseThrow();
        assertThat(event.type()).isEqualTo(EventType.JOB_DESCRIPTION_REQUESTED.name());
        assertThat(event.source()).isEqualTo("/hr-assist/api-function");
        assertThat(mapper.readTree(event.data()).get("vacancy").get("title").asText())
                .isEqualTo("Backend Engineer");

        assertThat(deliver(EventType.JOB_DESCRIPTION_GENERATED.name(), task).code())
                .isEqualTo(202);

        JsonNode done = call(HttpRequest.GET("/api/v1/tasks/" + task));
        assertThat(done.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(done.get("result").get("markdown").asText()).startsWith("# Senior Backend Engineer");
        assertThat(done.get("completedAt").asText()).isNotBlank();
    }

    @Test
    void jobDescriptionRequestCarriesTheVacancysAllowedPhrases() throws Exception {
        String vacancy = createVacancy("Choir Singer", "Singing").get("id").asText();
        String path = "/api/v1/vacancies/" + vacancy + "/job-description";

        String task = call(HttpRequest.POST(path, Map.of("allowedPhrases", List.of("soprano voice"))))
                .get("id")
                .asText();

        var event = outbox.waiting().stream()
                .filter(r -> r.subject().equals(task))
                .findFirst()
                .orElseThrow();
        assertThat(mapper.readTree(event.data()).get("allowedPhrases").get(0).asText())
                .isEqualTo("soprano voice");
        JsonNode tooMany =
                problem(auth(HttpRequest.POST(path, Map.of("allowedPhrases", Collections.nCopies(51, "x")))), 400);
        assertThat(tooMany.get("detail").asText()).contains("allowedPhrases");
        problem(auth(HttpRequest.POST(path, Map.of("allowedPhrases", List.of(" ")))), 400);
    }

    @Test
    void redeliveredAndLateResultsChangeNothing() {
        String task = startQuestions();
        deliver(EventType.INTERVIEW_QUESTIONS_GENERATED.name(), task);
        String firstResult =
                call(HttpRequest.GET("/api/v1/tasks/" + task)).get("result").toString();

        assertThat(deliver(EventType.INTERVIEW_QUESTIONS_GENERATED.name(), task).code())
                .isEqualTo(202);
        assertThat(deliver(EventType.TASK_FAILED.name(), task).code()).isEqualTo(202);

        JsonNode after = call(HttpRequest.GET("/api/v1/tasks/" + task));
        assertThat(after.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(after.get("result").toString()).isEqualTo(firstResult);
    }

    @Test
    void failureReplyEndsTaskWithTheReason() {
        String task = startQuestions();

        deliver(EventType.TASK_FAILED.name(), task);

        JsonNode failed = call(HttpRequest.GET("/api/v1/tasks/" + task));
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("error").asText())
                .isEqualTo("UNSUPPORTED_DOCUMENT: The file is neither PDF, DOCX nor plain text.");
    }

    @Test
    void rejectsResultsOfRequestsFromOtherSystemsUnlessEnabled() throws Exception {
        String foreignTask = UUID.randomUUID().toString();
        var foreign = ingest(CloudEventRequests.binary(
                "/",
                "ext-1",
                "/hr-assist/resume-function",
                EventType.RESUME_EVALUATION_COMPLETED.name(),
                foreignTask,
                Fixtures.data(EventType.RESUME_EVALUATION_COMPLETED)));

        assertThat(problem(foreign, 400).get("detail").asText())
                .contains("No task " + foreignTask)
                .contains("not recorded here");
        problem(auth(HttpRequest.GET("/api/v1/tasks/" + foreignTask)), 404);
    }

    @Test
    void deadLetterEndsTaskAsFailedWithTheBrokersReason() {
        String task = startQuestions();
        String errorBody =
                "{\"title\":\"Invalid event data\",\"status\":400,\"detail\":\"count must be between 1 and 50\"}";
        var deadLetter = ingest(CloudEventRequests.binary(
                        "/dead-letters",
                        taskRequest(task).eventId(),
                        API_SOURCE.toString(),
                        EventType.INTERVIEW_QUESTIONS_REQUESTED.name(),
                        task,
                        Fixtures.data(EventType.INTERVIEW_QUESTIONS_REQUESTED)))
                .header("ce-knativeerrorcode", "400")
                .header(
                        "ce-knativeerrordata",
                        Base64.getEncoder().encodeToString(errorBody.getBytes(StandardCharsets.UTF_8)));

        assertThat(client.toBlocking().exchange(deadLetter).code()).isEqualTo(202);

        JsonNode failed = call(HttpRequest.GET("/api/v1/tasks/" + task));
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("error").asText())
                .isEqualTo("Delivery of " + EventType.INTERVIEW_QUESTIONS_REQUESTED.name()
                        + " failed (HTTP 400): count must be between 1 and 50");
    }

    @Test
    void rejectsInvalidResultEventWithoutTouchingTheTask() throws Exception {
        String task = startQuestions();
        var invalid = result(EventType.INTERVIEW_QUESTIONS_GENERATED.name(), task, "{\"language\": \"en\"}");

        JsonNode problem = problem(invalid, 400);

        assertThat(problem.get("detail").asText()).contains("questions");
        assertThat(call(HttpRequest.GET("/api/v1/tasks/" + task)).get("status").asText())
                .isEqualTo("PENDING");
        assertThat(client.toBlocking()
                        .exchange(HttpRequest.GET("/health/readiness"))
                        .code())
                .isEqualTo(200);
    }

    @Test
    void rejectsAnIngestBodyOverTheLimitWith413AndStaysHealthy() throws Exception {
        String huge = "{\"markdown\": \"" + "x".repeat(12 * 1024 * 1024) + "\"}";
        var request = ingest(CloudEventRequests.binary(
                "/",
                "huge-1",
                EventType.JOB_DESCRIPTION_GENERATED.name(),
                UUID.randomUUID().toString(),
                huge));

        JsonNode problem = problem(request, 413);

        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(client.toBlocking()
                        .exchange(HttpRequest.GET("/health/readiness"))
                        .code())
                .isEqualTo(200);
    }

    @Test
    void rejectsRequestEventsAtTheIngest() throws Exception {
        JsonNode problem = problem(
                ingest(CloudEventRequests.binary(
                        "/",
                        "r",
                        EventType.JOB_DESCRIPTION_REQUESTED.name(),
                        UUID.randomUUID().toString(),
                        Fixtures.data(EventType.JOB_DESCRIPTION_REQUESTED))),
                400);

        assertThat(problem.get("title").asText()).isEqualTo("Unsupported event type");
    }

    @Test
    void rejectsInvalidQuestionOptions() throws Exception {
        String vacancy = createVacancy("QA Engineer").get("id").asText();

        JsonNode problem = problem(
                auth(HttpRequest.POST("/api/v1/vacancies/" + vacancy + "/interview-questions", Map.of("count", 500))),
                400);

        assertThat(problem.get("detail").asText()).contains("count");
    }

    private String startQuestions() {
        String vacancy = createVacancy("Data Engineer", "Spark").get("id").asText();
        return call(HttpRequest.POST("/api/v1/vacancies/" + vacancy + "/interview-questions", Map.of("count", 5)))
                .get("id")
                .asText();
    }

    private HttpResponse<?> deliver(String type, String task) {
        return client.toBlocking()
                .exchange(result(type, task, Fixtures.data(EventType.named(type).orElseThrow())));
    }
}
