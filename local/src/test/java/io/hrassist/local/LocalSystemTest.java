package io.hrassist.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
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

    private static final Duration END_WITHIN = Duration.ofSeconds(60);
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    static Path home;

    private LocalSystem system;
    private SystemClient client;

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
                new LocalSystem.Options(null, "", true));
        system = LocalSystem.start(config);
        client = new SystemClient(system.url, "e2e-admin-password");
    }

    @AfterAll
    void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void vacancyToRankedCandidatesThroughTheBroker() throws Exception {
        String vacancy = client.post("/api/v1/vacancies", """
                {"title": "Backend Engineer", "language": "en", "seniority": "senior",
                 "mustHaveSkills": ["Java", "PostgreSQL"], "niceToHaveSkills": ["Kafka"],
                 "brief": "We need a young and energetic engineer for our parcel routing platform."}
                """).get("id").asText();

        String jd = client.post("/api/v1/vacancies/" + vacancy + "/job-description", "")
                .get("id")
                .asText();
        String questions = client.post("/api/v1/vacancies/" + vacancy + "/interview-questions", "{\"count\": 4}")
                .get("id")
                .asText();
        String strong =
                client.upload(vacancy, "strong.txt", """
                2015 - present  Backend Engineer, Northwind
                Built routing services in Java 17 on PostgreSQL; moved billing events to Kafka.
                """).get("task").get("id").asText();
        String weak =
                client.upload(vacancy, "weak.txt", """
                2025 - present  Support specialist
                Answered customer e-mails.
                """).get("task").get("id").asText();
        String broken = client.upload(vacancy, "broken.pdf", "%PDF-1.7 this is not really a PDF")
                .get("task")
                .get("id")
                .asText();

        JsonNode description = client.awaitEnded(jd, END_WITHIN);
        assertThat(description.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(description.get("result").get("markdown").asText()).startsWith("# Backend Engineer");
        assertThat(description.get("result").get("warnings").findValuesAsText("phrase"))
                .contains("young", "energetic");
        JsonNode kit = client.awaitEnded(questions, END_WITHIN);
        assertThat(kit.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(kit.get("result").get("questions")).hasSize(4);
        assertThat(client.awaitEnded(strong, END_WITHIN).get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(client.awaitEnded(weak, END_WITHIN).get("status").asText()).isEqualTo("SUCCEEDED");
        JsonNode failed = client.awaitEnded(broken, END_WITHIN);
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("error").asText()).startsWith("CORRUPT_DOCUMENT");

        JsonNode ranked = client.get("/api/v1/vacancies/" + vacancy + "/candidates");
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

        JsonNode failed = client.awaitEnded(task, END_WITHIN);
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("origin").asText()).isEqualTo("EXTERNAL");
        assertThat(failed.get("error").asText()).contains("HTTP 400").contains("title must not be blank");
    }

    private String brokerUrl() {
        return system.broker().url().toString();
    }
}
