package io.hrassist.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local system end to end, as {@code ./hr-assist run} starts it (embedded PostgreSQL, local broker, every function
 * as its own process): vacancy → job description → interview questions → resumes → ranked results, all through the
 * API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalSystemTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    static Path home;

    private LocalSystem system;
    private String token;

    @BeforeAll
    void start() throws Exception {
        var config = new LocalSystem.Config(
                Path.of("..").toAbsolutePath().normalize(),
                LocalSystem.freePort(),
                home,
                null,
                null,
                null,
                "e2e-admin-password",
                LocalSystem.Options.DEFAULT);
        system = LocalSystem.start(config);
        token = post("/login", "{\"username\":\"admin\",\"password\":\"e2e-admin-password\"}")
                .get("access_token")
                .asText();
    }

    @AfterAll
    void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void vacancyToRankedCandidatesThroughTheBroker() throws Exception {
        String vacancy = post("/api/v1/vacancies", """
                {"title": "Backend Engineer", "language": "en", "seniority": "senior",
                 "mustHaveSkills": ["Java", "PostgreSQL"], "niceToHaveSkills": ["Kafka"],
                 "brief": "We need a young and energetic engineer for our parcel routing platform."}
                """).get("id").asText();

        String jd = post("/api/v1/vacancies/" + vacancy + "/job-description", "")
                .get("id")
                .asText();
        String questions = post("/api/v1/vacancies/" + vacancy + "/interview-questions", "{\"count\": 4}")
                .get("id")
                .asText();
        String strong = upload(vacancy, "strong.txt", """
                2015 - present  Backend Engineer, Northwind
                Built routing services in Java 17 on PostgreSQL; moved billing events to Kafka.
                """).get("task").get("id").asText();
        String weak = upload(vacancy, "weak.txt", """
                2025 - present  Support specialist
                Answered customer e-mails.
                """).get("task").get("id").asText();
        String broken = upload(vacancy, "broken.pdf", "%PDF-1.7 this is not really a PDF")
                .get("task")
                .get("id")
                .asText();

        JsonNode description = awaitEnd(jd);
        assertThat(description.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(description.get("result").get("markdown").asText()).startsWith("# Backend Engineer");
        assertThat(description.get("result").get("warnings").findValuesAsText("phrase"))
                .contains("young", "energetic");
        JsonNode kit = awaitEnd(questions);
        assertThat(kit.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(kit.get("result").get("questions")).hasSize(4);
        assertThat(awaitEnd(strong).get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(awaitEnd(weak).get("status").asText()).isEqualTo("SUCCEEDED");
        JsonNode failed = awaitEnd(broken);
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("error").asText()).startsWith("CORRUPT_DOCUMENT");

        JsonNode ranked = get("/api/v1/vacancies/" + vacancy + "/candidates");
        assertThat(ranked.get(0).get("fileName").asText()).isEqualTo("strong.txt");
        assertThat(ranked.get(0).get("score").asInt())
                .isGreaterThan(ranked.get(1).get("score").asInt());
        assertThat(ranked.get(1).get("fileName").asText()).isEqualTo("weak.txt");
    }

    @Test
    void invalidEventSentToTheBrokerEndsItsTaskThroughTheDeadLetterSink() throws Exception {
        String task = UUID.randomUUID().toString();
        var request = HttpRequest.newBuilder(URI.create(brokerUrl()))
                .header("ce-specversion", "1.0")
                .header("ce-id", "other-system-1")
                .header("ce-source", "/other-system")
                .header("ce-type", "io.hrassist.interview-questions.requested.v1")
                .header("ce-subject", task)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"vacancy\": {\"title\": \"\", \"language\": \"en\"}}"))
                .build();

        assertThat(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(202);

        JsonNode failed = awaitEnd(task);
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("origin").asText()).isEqualTo("EXTERNAL");
        assertThat(failed.get("error").asText()).contains("HTTP 400").contains("title must not be blank");
    }

    private String brokerUrl() {
        return system.brokerUrl().toString();
    }

    private JsonNode awaitEnd(String task) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            var response =
                    http.send(authorized("/api/v1/tasks/" + task).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                JsonNode body = MAPPER.readTree(response.body());
                if (!body.get("status").asText().equals("PENDING")) {
                    return body;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Task " + task + " did not end within 60 s");
    }

    private JsonNode get(String path) throws Exception {
        return send(authorized(path).GET().build(), 200);
    }

    private JsonNode post(String path, String json) throws Exception {
        return send(
                authorized(path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                0);
    }

    private JsonNode upload(String vacancy, String name, String content) throws Exception {
        String boundary = "hr-assist-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return send(
                authorized("/api/v1/vacancies/" + vacancy + "/candidates")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                202);
    }

    private HttpRequest.Builder authorized(String path) {
        var builder = HttpRequest.newBuilder(system.url.resolve(path)).timeout(Duration.ofSeconds(10));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private JsonNode send(HttpRequest request, int expected) throws IOException, InterruptedException {
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2 || (expected != 0 && response.statusCode() != expected)) {
            throw new AssertionError(request.method() + " " + request.uri() + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return MAPPER.readTree(response.body());
    }
}
