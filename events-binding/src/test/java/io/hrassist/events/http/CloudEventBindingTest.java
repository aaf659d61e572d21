package io.hrassist.events.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hrassist.events.EventType;
import io.hrassist.events.fixtures.Fixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest
class CloudEventBindingTest {

    private static final String TASK = "5b0e9a57-1a2b-4c3d-8e9f-0a1b2c3d4e5f";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ObjectMapper mapper;

    @Test
    void repliesToBinaryModeEventWithBinaryModeReply() throws Exception {
        HttpResponse<byte[]> response = send(binary("evt-1", EventType.JOB_DESCRIPTION_REQUESTED.name(), jdData()));

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.header("ce-type")).isEqualTo(EventType.JOB_DESCRIPTION_GENERATED.name());
        assertThat(response.header("ce-source")).isEqualTo("/hr-assist/events-test");
        assertThat(response.header("ce-subject")).isEqualTo(TASK);
        assertThat(response.header("ce-specversion")).isEqualTo("1.0");
        assertThat(response.header("ce-id")).isNotBlank().isNotEqualTo("evt-1");
        assertThat(response.header("ce-dataschema")).isEqualTo("urn:hr-assist:schema:job-description.generated.v1");
        assertThat(response.getContentType())
                .hasValueSatisfying(t -> assertThat(t.toString()).startsWith("application/json"));
        JsonNode body = mapper.readTree(response.body());
        assertThat(body.get("title").asText()).isEqualTo("Senior Backend Engineer");
        assertThat(body.get("engine").get("name").asText()).isEqualTo("offline");
    }

    @Test
    void repliesToStructuredModeEvent() throws Exception {
        ObjectNode event = mapper.createObjectNode()
                .put("specversion", "1.0")
                .put("id", "evt-structured")
                .put("source", "/tests")
                .put("type", EventType.JOB_DESCRIPTION_REQUESTED.name())
                .put("subject", TASK)
                .put("datacontenttype", "application/json");
        event.set("data", mapper.readTree(jdData()));
        var request = HttpRequest.POST("/", mapper.writeValueAsBytes(event))
                .contentType("application/cloudevents+json; charset=UTF-8");

        HttpResponse<byte[]> response = send(request);

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.header("ce-type")).isEqualTo(EventType.JOB_DESCRIPTION_GENERATED.name());
        assertThat(response.header("ce-subject")).isEqualTo(TASK);
    }

    @Test
    void redeliveredEventGetsTheSameReplyId() {
        String first = send(binary("evt-dup", EventType.JOB_DESCRIPTION_REQUESTED.name(), jdData()))
                .header("ce-id");
        String second = send(binary("evt-dup", EventType.JOB_DESCRIPTION_REQUESTED.name(), jdData()))
                .header("ce-id");
        String other = send(binary("evt-other", EventType.JOB_DESCRIPTION_REQUESTED.name(), jdData()))
                .header("ce-id");

        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void rejectsEventWithoutId() throws Exception {
        var request = binary("evt", EventType.JOB_DESCRIPTION_REQUESTED.name(), jdData());
        request.getHeaders().remove("ce-id");

        assertProblem(request, "Invalid CloudEvent", "id");
    }

    @Test
    void rejectsEventWithoutSource() throws Exception {
        var request = binary("evt", EventType.JOB_DESCRIPTION_REQUESTED.name(), jdData());
        request.getHeaders().remove("ce-source");

        assertProblem(request, "Invalid CloudEvent", "source");
    }

    @Test
    void rejectsEventWithoutType() throws Exception {
        var request = binary("evt", EventType.JOB_DESCRIPTION_REQUESTED.name(), jdData());
        request.getHeaders().remove("ce-type");

        assertProblem(request, "Invalid CloudEvent", "type");
    }

    @Test
    void rejectsEventWithoutSpecVersion() throws Exception {
        var request = binary("evt", EventType.JOB_DESCRIPTION_REQUESTED.name(), jdData());
        request.getHeaders().remove("ce-specversion");

        assertProblem(request, "Invalid CloudEvent", "Not a valid CloudEvent");
    }

    @Test
    void rejectsWrongSpecVersion() throws Exception {
        var request = binary("evt", EventType.JOB_DESCRIPTION_REQUESTED.name(), jdData());
        request.getHeaders().set("ce-specversion", "0.3");

        assertProblem(request, "Invalid CloudEvent", "specversion must be 1.0");
    }

    @Test
    void rejectsUnknownTypeNamingTheAcceptedOnes() throws Exception {
        assertProblem(
                binary("evt", "com.example.unknown.v1", "{}"),
                "Unsupported event type",
                EventType.JOB_DESCRIPTION_REQUESTED.name());
    }

    @Test
    void rejectsDataThatIsNotJson() throws Exception {
        assertProblem(
                binary("evt", EventType.JOB_DESCRIPTION_REQUESTED.name(), "not json"), "Invalid event data", "JSON");
    }

    @Test
    void rejectsNonJsonContentType() throws Exception {
        var request = binary("evt", EventType.JOB_DESCRIPTION_REQUESTED.name(), jdData())
                .contentType("text/plain");

        assertProblem(request, "Invalid event data", "datacontenttype must be application/json");
    }

    @Test
    void rejectsDataViolatingTheContractNamingTheField() throws Exception {
        String data = jdData().replace("\"Senior Backend Engineer\"", "\"\"");

        assertProblem(
                binary("evt", EventType.JOB_DESCRIPTION_REQUESTED.name(), data),
                "Invalid event data",
                "title must not be blank");
    }

    @Test
    void rejectsWrongJsonTypeNamingThePath() throws Exception {
        String data = "{\"vacancy\": {\"title\": \"Dev\", \"language\": \"fr\"}}";

        assertProblem(
                binary("evt", EventType.JOB_DESCRIPTION_REQUESTED.name(), data),
                "Invalid event data",
                "$.vacancy.language");
    }

    @Test
    void rejectsEventWithoutData() throws Exception {
        assertProblem(
                binary("evt", EventType.JOB_DESCRIPTION_REQUESTED.name(), ""),
                "Invalid event data",
                "data is required");
    }

    @Test
    void answersUnprocessableRequestWithTaskFailedReply() throws Exception {
        HttpResponse<byte[]> response =
                send(binary("evt", EventType.INTERVIEW_QUESTIONS_REQUESTED.name(), questionsData(13)));

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.header("ce-type")).isEqualTo(EventType.TASK_FAILED.name());
        assertThat(response.header("ce-subject")).isEqualTo(TASK);
        JsonNode body = mapper.readTree(response.body());
        assertThat(body.get("reason").asText()).isEqualTo("UNLUCKY");
        assertThat(body.get("detail").asText()).isEqualTo("Thirteen questions are never asked.");
    }

    @Test
    void answersTransientFailureWith500SoTheBrokerRetries() throws Exception {
        var request = binary("evt", EventType.INTERVIEW_QUESTIONS_REQUESTED.name(), questionsData(42));

        var error = org.junit.jupiter.api.Assertions.assertThrows(
                HttpClientResponseException.class, () -> client.toBlocking().exchange(request, byte[].class));

        assertThat(error.getStatus().getCode()).isEqualTo(500);
        String body = error.getResponse().getBody(String.class).orElseThrow();
        assertThat(body).contains("may be retried").doesNotContain("backend down");
    }

    @Test
    void acceptsEventWithoutReplyWith202() {
        HttpResponse<byte[]> response =
                send(binary("evt", EventType.INTERVIEW_QUESTIONS_REQUESTED.name(), questionsData(5)));

        assertThat(response.code()).isEqualTo(202);
        assertThat(response.header("ce-type")).isNull();
    }

    @Test
    void theReplyStaysInTheRequestsTraceAsASpanOfItsOwn() {
        String parent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        var traced = binary("evt-traced", EventType.JOB_DESCRIPTION_REQUESTED.name(), jdData())
                .header("ce-traceparent", parent);

        String reply = send(traced).header("ce-traceparent");

        assertThat(reply)
                .matches("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01")
                .isNotEqualTo(parent);
        assertThat(send(binary("evt-untraced", EventType.JOB_DESCRIPTION_REQUESTED.name(), jdData()))
                        .header("ce-traceparent"))
                .as("no trace is made up for a request without one")
                .isNull();
        assertThat(send(binary("evt-bad", EventType.JOB_DESCRIPTION_REQUESTED.name(), jdData())
                                .header("ce-traceparent", "00-00000000000000000000000000000000-00f067aa0ba902b7-01"))
                        .header("ce-traceparent"))
                .as("an invalid trace context is not continued")
                .isNull();
    }

    @Test
    void theEventBeingHandledIsInTheLoggingContextAndOnlyMeanwhile() {
        var request = binary("evt-logged", EventType.INTERVIEW_QUESTIONS_REQUESTED.name(), questionsData(5))
                .header("ce-traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

        assertThat(send(request).code()).isEqualTo(202);

        assertThat(TestHandlers.loggedWith)
                .containsEntry("task", TASK)
                .containsEntry("event", "evt-logged")
                .containsEntry("type", EventType.INTERVIEW_QUESTIONS_REQUESTED.name())
                .containsEntry("trace", "4bf92f3577b34da6a3ce929d0e0e4736");

        send(binary(
                "evt} {\"level\":\"ERROR\",\"message\":\"forged\"",
                EventType.INTERVIEW_QUESTIONS_REQUESTED.name(),
                questionsData(5)));
        assertThat(TestHandlers.loggedWith)
                .as("an id that is no plain identifier writes nothing of its own into a log")
                .containsEntry("event", "invalid")
                .doesNotContainKey("trace");
    }

    private void assertProblem(MutableHttpRequest<?> request, String title, String detailPart) throws Exception {
        var error = org.junit.jupiter.api.Assertions.assertThrows(
                HttpClientResponseException.class, () -> client.toBlocking().exchange(request, byte[].class));

        assertThat(error.getStatus().getCode()).isEqualTo(400);
        assertThat(error.getResponse().getContentType())
                .hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
        JsonNode problem =
                mapper.readTree(error.getResponse().getBody(String.class).orElseThrow());
        assertThat(problem.get("title").asText()).isEqualTo(title);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asText()).contains(detailPart);
    }

    private HttpResponse<byte[]> send(MutableHttpRequest<?> request) {
        return client.toBlocking().exchange(request, byte[].class);
    }

    private static MutableHttpRequest<byte[]> binary(String id, String type, String data) {
        return HttpRequest.POST("/", data.getBytes(StandardCharsets.UTF_8))
                .headers(Map.of(
                        "ce-specversion", "1.0",
                        "ce-id", id,
                        "ce-source", "/tests",
                        "ce-type", type,
                        "ce-subject", TASK))
                .contentType("application/json");
    }

    private static String jdData() {
        return Fixtures.data(EventType.JOB_DESCRIPTION_REQUESTED);
    }

    private static String questionsData(int count) {
        return Fixtures.data(EventType.INTERVIEW_QUESTIONS_REQUESTED).replace("\"count\": 8", "\"count\": " + count);
    }
}
