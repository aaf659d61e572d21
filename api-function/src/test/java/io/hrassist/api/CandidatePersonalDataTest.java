package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hrassist.events.EventType;
import io.hrassist.events.fixtures.CloudEventRequests;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The contact details an evaluation result carries become the candidate's personal data, kept apart from the stored
 * evaluation; the list names candidates by name. External results are recorded here, to show theirs are dropped.
 */
@MicronautTest(transactional = false)
class CandidatePersonalDataTest extends CandidateApiSupport {

    private static final String CONTACT = "{\"name\":\"Ada Lovelace\",\"email\":\"ada@example.org\","
            + "\"phone\":\"+44 20 7946 0018\",\"links\":[\"https://github.com/ada\"]}";

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("hr-assist.results.external-tasks", "true");
    }

    @Test
    void keepsTheContactApartFromTheEvaluationAndNamesTheCandidate() {
        String vacancy = createVacancy("Backend Engineer", "Java").get("id").asText();
        JsonNode ada = upload(vacancy, "cv-2024.txt", bytes("Ada Lovelace\nada@example.org\nJava since 2015"));
        String id = ada.get("candidate").get("id").asText();
        String task = ada.get("task").get("id").asText();
        upload(vacancy, "anonymous.txt", bytes("Java, Kafka"));

        client.toBlocking().exchange(result(EventType.RESUME_EVALUATION_COMPLETED.name(), task, evaluation(CONTACT)));

        JsonNode detail = call(HttpRequest.GET("/api/v1/candidates/" + id));
        assertThat(detail.get("name").asText()).isEqualTo("Ada Lovelace");
        assertThat(detail.get("personalData").get("email").asText()).isEqualTo("ada@example.org");
        assertThat(detail.get("personalData").get("phone").asText()).isEqualTo("+44 20 7946 0018");
        assertThat(detail.get("personalData").get("links").get(0).asText()).isEqualTo("https://github.com/ada");
        assertThat(detail.get("evaluation").has("contact")).isFalse();
        assertThat(call(HttpRequest.GET("/api/v1/tasks/" + task)).get("result").has("contact"))
                .isFalse();
        assertThat(rows("SELECT result FROM task WHERE id = ?::uuid", task)
                        .get(0)
                        .get(0))
                .doesNotContain("ada@example.org", "Lovelace");
        assertThat(rows("SELECT contact_name, contact_email FROM candidate WHERE id = ?::uuid", id)
                        .get(0))
                .containsExactly("Ada Lovelace", "ada@example.org");
        assertThat(call(HttpRequest.GET("/api/v1/vacancies/" + vacancy + "/candidates")))
                .extracting(c -> c.get("name").asText())
                .containsExactly("Ada Lovelace", "anonymous.txt");
        assertThat(call(HttpRequest.GET("/api/v1/candidates/" + id + "/export"))
                        .get("personalData")
                        .get("name")
                        .asText())
                .isEqualTo("Ada Lovelace");
    }

    @Test
    void aResultWithoutContactLeavesNoPersonalDataAndTheFileNameStands() {
        String vacancy = createVacancy("Backend Engineer", "Java").get("id").asText();
        JsonNode uploaded = upload(vacancy, "resume.txt", bytes("Java " + UUID.randomUUID()));
        String id = uploaded.get("candidate").get("id").asText();

        complete(uploaded.get("task").get("id").asText(), 40, "Java");

        JsonNode detail = call(HttpRequest.GET("/api/v1/candidates/" + id));
        assertThat(detail.get("name").asText()).isEqualTo("resume.txt");
        assertThat(detail.has("personalData")).isFalse();
    }

    @Test
    void dropsTheContactOfAnotherSystemsResult() {
        String foreign = UUID.randomUUID().toString();

        client.toBlocking()
                .exchange(ingest(CloudEventRequests.binary(
                        "/",
                        "ext-" + foreign,
                        "/hr-assist/resume-function",
                        EventType.RESUME_EVALUATION_COMPLETED.name(),
                        foreign,
                        evaluation(CONTACT))));

        JsonNode recorded = call(HttpRequest.GET("/api/v1/tasks/" + foreign));
        assertThat(recorded.get("result").get("score").asInt()).isEqualTo(100);
        assertThat(recorded.get("result").has("contact")).isFalse();
        assertThat(rows("SELECT count(*) FROM task WHERE result LIKE '%ada@example.org%'")
                        .get(0)
                        .get(0))
                .isEqualTo("0");
    }

    private static String evaluation(String contact) {
        return ("{\"score\":100,\"criteria\":[{\"name\":\"Java\",\"kind\":\"MUST_HAVE\",\"weight\":100,"
                        + "\"status\":\"MET\",\"evidence\":[\"Java since 2015\"]}],\"flags\":[],\"summary\":\"ok\","
                        + "\"engine\":{\"name\":\"offline\",\"fallback\":false},\"contact\":%s}")
                .formatted(contact);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
