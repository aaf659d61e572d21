package io.hrassist.jd;

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
class JobDescriptionContractTest {

    private static final String TASK = "0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ObjectMapper mapper;

    @Test
    void answersBinaryModeRequestWithJobDescription() throws Exception {
        var request = HttpRequest.POST("/", Fixtures.data(EventTypes.JOB_DESCRIPTION_REQUESTED))
                .headers(Map.of(
                        "ce-specversion", "1.0",
                        "ce-id", "req-1",
                        "ce-source", "/hr-assist/api-function",
                        "ce-type", EventTypes.JOB_DESCRIPTION_REQUESTED,
                        "ce-subject", TASK))
                .contentType("application/json");

        HttpResponse<String> response = client.toBlocking().exchange(request, String.class);

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.header("ce-type")).isEqualTo(EventTypes.JOB_DESCRIPTION_GENERATED);
        assertThat(response.header("ce-source")).isEqualTo("/hr-assist/jd-function");
        assertThat(response.header("ce-subject")).isEqualTo(TASK);
        JsonNode body = mapper.readTree(response.body());
        assertThat(body.get("markdown").asText())
                .startsWith("# Senior Backend Engineer")
                .contains("2 million parcels")
                .contains("Hands-on experience with Kubernetes");
        assertThat(body.get("engine").get("name").asText()).isEqualTo("offline");
    }

    @Test
    void answersStructuredModeRequest() throws Exception {
        ObjectNode event = mapper.createObjectNode()
                .put("specversion", "1.0")
                .put("id", "req-2")
                .put("source", "/other-system")
                .put("type", EventTypes.JOB_DESCRIPTION_REQUESTED)
                .put("subject", TASK);
        event.set("data", mapper.readTree(Fixtures.data(EventTypes.JOB_DESCRIPTION_REQUESTED)));
        var request =
                HttpRequest.POST("/", mapper.writeValueAsString(event)).contentType("application/cloudevents+json");

        HttpResponse<String> response = client.toBlocking().exchange(request, String.class);

        assertThat(response.header("ce-type")).isEqualTo(EventTypes.JOB_DESCRIPTION_GENERATED);
        assertThat(response.header("ce-subject")).isEqualTo(TASK);
        assertThat(mapper.readTree(response.body()).get("sections").size()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void servesTheFunctionAsPlainJson() throws Exception {
        var request = HttpRequest.POST("/job-description", Fixtures.data(EventTypes.JOB_DESCRIPTION_REQUESTED));

        JsonNode body = mapper.readTree(client.toBlocking().retrieve(request));

        assertThat(body.get("title").asText()).isEqualTo("Senior Backend Engineer");
    }
}
