package io.hrassist.questions;

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
class InterviewQuestionsContractTest {

    private static final String TASK = "1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d";
    private static final String REQUEST = EventTypes.INTERVIEW_QUESTIONS_REQUESTED;

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
        assertThat(response.header("ce-type")).isEqualTo(EventTypes.INTERVIEW_QUESTIONS_GENERATED);
        assertThat(response.header("ce-source")).isEqualTo("/hr-assist/questions-function");
        assertThat(response.header("ce-subject")).isEqualTo(TASK);
        assertThat(response.header("ce-id")).isNotBlank().isNotEqualTo("req-1");
        JsonNode body = mapper.readTree(response.body());
        assertThat(body.get("language").asText()).isEqualTo("ru");
        assertThat(body.get("questions")).hasSize(8);
        assertThat(body.get("questions").get(0).get("rubric")).hasSize(5);
    }

    @Test
    void answersStructuredModeRequest() throws Exception {
        HttpResponse<String> response =
                client.toBlocking().exchange(structured("req-2", REQUEST, TASK, Fixtures.data(REQUEST)), String.class);

        assertThat(response.header("ce-type")).isEqualTo(EventTypes.INTERVIEW_QUESTIONS_GENERATED);
        assertThat(response.header("ce-subject")).isEqualTo(TASK);
        assertThat(mapper.readTree(response.body()).get("engine").get("name").asText())
                .isEqualTo("offline");
    }

    @Test
    void servesTheFunctionAsPlainJson() throws Exception {
        JsonNode body = mapper.readTree(
                client.toBlocking().retrieve(HttpRequest.POST("/interview-questions", Fixtures.data(REQUEST))));

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
}
