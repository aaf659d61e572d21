package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hrassist.events.EventType;
import io.hrassist.events.fixtures.CloudEventRequests;
import io.hrassist.events.fixtures.Fixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** With {@code hr-assist.results.external-tasks} on, results of other systems' requests are recorded. */
@MicronautTest
class ExternalResultsTest extends ApiTest {

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("hr-assist.results.external-tasks", "true");
    }

    @Test
    void recordsResultsOfRequestsFromOtherSystems() {
        String foreignTask = UUID.randomUUID().toString();

        client.toBlocking()
                .exchange(ingest(CloudEventRequests.binary(
                        "/",
                        "ext-1",
                        "/hr-assist/resume-function",
                        EventType.RESUME_EVALUATION_COMPLETED.name(),
                        foreignTask,
                        Fixtures.data(EventType.RESUME_EVALUATION_COMPLETED))));

        JsonNode recorded = call(HttpRequest.GET("/api/v1/tasks/" + foreignTask));
        assertThat(recorded.get("origin").asText()).isEqualTo("EXTERNAL");
        assertThat(recorded.get("kind").asText()).isEqualTo("RESUME_EVALUATION");
        assertThat(recorded.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(recorded.get("result").get("score").asInt()).isEqualTo(86);
    }

    @Test
    void aFailureNamingNoKnownTaskRecordsNothing() throws Exception {
        String foreignTask = UUID.randomUUID().toString();

        problem(
                ingest(CloudEventRequests.binary(
                        "/",
                        "ext-2",
                        "/hr-assist/resume-function",
                        EventType.TASK_FAILED.name(),
                        foreignTask,
                        Fixtures.data(EventType.TASK_FAILED))),
                400);
    }
}
