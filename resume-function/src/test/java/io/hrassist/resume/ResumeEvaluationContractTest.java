package io.hrassist.resume;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hrassist.events.EventTypes;
import io.hrassist.events.fixtures.Fixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest
class ResumeEvaluationContractTest {

    private static final String TASK = "2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ObjectMapper mapper;

    @Test
    void answersBinaryModeRequestWithEvaluation() throws Exception {
        HttpResponse<String> response = send(Fixtures.data(EventTypes.RESUME_EVALUATION_REQUESTED));

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.header("ce-type")).isEqualTo(EventTypes.RESUME_EVALUATION_COMPLETED);
        assertThat(response.header("ce-source")).isEqualTo("/hr-assist/resume-function");
        assertThat(response.header("ce-subject")).isEqualTo(TASK);
        JsonNode body = mapper.readTree(response.body());
        assertThat(body.get("score").asInt()).isGreaterThanOrEqualTo(80);
        assertThat(body.get("criteria").get(0).get("evidence").get(0).asText()).contains("Java");
    }

    @Test
    void answersUnreadableDocumentWithTaskFailed() throws Exception {
        ObjectNode data = (ObjectNode) mapper.readTree(Fixtures.data(EventTypes.RESUME_EVALUATION_REQUESTED));
        byte[] binary = {0, 1, 2, 3, 4, 5, 6, 7, 0, 0, 0, 9};
        ((ObjectNode) data.get("document")).put("content", Base64.getEncoder().encodeToString(binary));

        HttpResponse<String> response = send(mapper.writeValueAsString(data));

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.header("ce-type")).isEqualTo(EventTypes.TASK_FAILED);
        assertThat(mapper.readTree(response.body()).get("reason").asText()).isEqualTo("UNSUPPORTED_DOCUMENT");
    }

    @Test
    void answersStructuredModeRequest() throws Exception {
        ObjectNode event = mapper.createObjectNode()
                .put("specversion", "1.0")
                .put("id", "req-2")
                .put("source", "/other-system")
                .put("type", EventTypes.RESUME_EVALUATION_REQUESTED)
                .put("subject", TASK);
        event.set("data", mapper.readTree(Fixtures.data(EventTypes.RESUME_EVALUATION_REQUESTED)));
        var request =
                HttpRequest.POST("/", mapper.writeValueAsString(event)).contentType("application/cloudevents+json");

        HttpResponse<String> response = client.toBlocking().exchange(request, String.class);

        assertThat(response.header("ce-type")).isEqualTo(EventTypes.RESUME_EVALUATION_COMPLETED);
    }

    private HttpResponse<String> send(String data) {
        var request = HttpRequest.POST("/", data)
                .headers(Map.of(
                        "ce-specversion", "1.0",
                        "ce-id", "req-1",
                        "ce-source", "/hr-assist/api-function",
                        "ce-type", EventTypes.RESUME_EVALUATION_REQUESTED,
                        "ce-subject", TASK))
                .contentType("application/json");
        return client.toBlocking().exchange(request, String.class);
    }
}
