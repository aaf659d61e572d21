package io.hrassist.questions;

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
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest
class InterviewQuestionsContractTest {

    private static final String TASK = "1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ObjectMapper mapper;

    @Test
    void answersBinaryModeRequestWithQuestions() throws Exception {
        var request = HttpRequest.POST("/", Fixtures.data(EventTypes.INTERVIEW_QUESTIONS_REQUESTED))
                .headers(Map.of(
                        "ce-specversion", "1.0",
                        "ce-id", "req-1",
                        "ce-source", "/hr-assist/api-function",
                        "ce-type", EventTypes.INTERVIEW_QUESTIONS_REQUESTED,
                        "ce-subject", TASK))
                .contentType("application/json");

        HttpResponse<String> response = client.toBlocking().exchange(request, String.class);

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.header("ce-type")).isEqualTo(EventTypes.INTERVIEW_QUESTIONS_GENERATED);
        assertThat(response.header("ce-source")).isEqualTo("/hr-assist/questions-function");
        assertThat(response.header("ce-subject")).isEqualTo(TASK);
        JsonNode body = mapper.readTree(response.body());
        assertThat(body.get("language").asText()).isEqualTo("ru");
        assertThat(body.get("questions")).hasSize(8);
        assertThat(body.get("questions").get(0).get("rubric")).hasSize(5);
    }

    @Test
    void answersStructuredModeRequest() throws Exception {
        ObjectNode event = mapper.createObjectNode()
                .put("specversion", "1.0")
                .put("id", "req-2")
                .put("source", "/other-system")
                .put("type", EventTypes.INTERVIEW_QUESTIONS_REQUESTED)
                .put("subject", TASK);
        event.set("data", mapper.readTree(Fixtures.data(EventTypes.INTERVIEW_QUESTIONS_REQUESTED)));
        var request =
                HttpRequest.POST("/", mapper.writeValueAsString(event)).contentType("application/cloudevents+json");

        HttpResponse<String> response = client.toBlocking().exchange(request, String.class);

        assertThat(response.header("ce-type")).isEqualTo(EventTypes.INTERVIEW_QUESTIONS_GENERATED);
        assertThat(response.header("ce-subject")).isEqualTo(TASK);
    }

    @Test
    void servesTheFunctionAsPlainJson() throws Exception {
        var request = HttpRequest.POST("/interview-questions", Fixtures.data(EventTypes.INTERVIEW_QUESTIONS_REQUESTED));

        JsonNode body = mapper.readTree(client.toBlocking().retrieve(request));

        assertThat(body.get("questions")).hasSize(8);
    }
}
