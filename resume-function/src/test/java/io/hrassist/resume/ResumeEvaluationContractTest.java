package io.hrassist.resume;

import static io.hrassist.events.fixtures.CloudEventRequests.binary;
import static io.hrassist.events.fixtures.CloudEventRequests.structured;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.EventTypes;
import io.hrassist.events.fixtures.Fixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest
class ResumeEvaluationContractTest {

    private static final String TASK = "2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901";
    private static final String REQUEST = EventTypes.RESUME_EVALUATION_REQUESTED;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ObjectMapper mapper;

    @Test
    void answersBinaryModeRequest() throws Exception {
        HttpResponse<String> response =
                client.toBlocking().exchange(binary("/", "req-1", REQUEST, TASK, Fixtures.data(REQUEST)), String.class);

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.header("ce-type")).isEqualTo(EventTypes.RESUME_EVALUATION_COMPLETED);
        assertThat(response.header("ce-source")).isEqualTo("/hr-assist/resume-function");
        assertThat(response.header("ce-subject")).isEqualTo(TASK);
        assertThat(response.header("ce-id")).isNotBlank().isNotEqualTo("req-1");
        JsonNode body = mapper.readTree(response.body());
        assertThat(body.get("score").asInt()).isGreaterThanOrEqualTo(80);
        assertThat(body.get("criteria").get(0).get("evidence").get(0).asText()).contains("Java");
    }

    @Test
    void answersStructuredModeRequest() throws Exception {
        HttpResponse<String> response =
                client.toBlocking().exchange(structured("req-2", REQUEST, TASK, Fixtures.data(REQUEST)), String.class);

        assertThat(response.header("ce-type")).isEqualTo(EventTypes.RESUME_EVALUATION_COMPLETED);
        assertThat(response.header("ce-subject")).isEqualTo(TASK);
        assertThat(mapper.readTree(response.body()).get("engine").get("name").asText())
                .isEqualTo("offline");
    }

    @Test
    void servesTheFunctionAsPlainJson() throws Exception {
        JsonNode body = mapper.readTree(
                client.toBlocking().retrieve(HttpRequest.POST("/resume-evaluation", Fixtures.data(REQUEST))));

        assertThat(body.get("engine").get("name").asText()).isEqualTo("offline");
    }

    @Test
    void rejectsInvalidDataWithProblemDetail() {
        var error = org.junit.jupiter.api.Assertions.assertThrows(
                io.micronaut.http.client.exceptions.HttpClientResponseException.class,
                () -> client.toBlocking().exchange(binary("/", "req-3", REQUEST, TASK, "{\"vacancy\": {}}")));

        assertThat(error.getStatus().getCode()).isEqualTo(400);
        assertThat(error.getResponse().getBody(String.class).orElseThrow()).contains("title must not be blank");
    }

    @Test
    void answersUnreadableDocumentWithTaskFailed() throws Exception {
        var data = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(Fixtures.data(REQUEST));
        byte[] binary = {0, 1, 2, 3, 4, 5, 6, 7, 0, 0, 0, 9};
        ((com.fasterxml.jackson.databind.node.ObjectNode) data.get("document"))
                .put("content", java.util.Base64.getEncoder().encodeToString(binary));

        HttpResponse<String> response = client.toBlocking()
                .exchange(binary("/", "req-4", REQUEST, TASK, mapper.writeValueAsString(data)), String.class);

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.header("ce-type")).isEqualTo(EventTypes.TASK_FAILED);
        assertThat(mapper.readTree(response.body()).get("reason").asText()).isEqualTo("UNSUPPORTED_DOCUMENT");
    }
}
