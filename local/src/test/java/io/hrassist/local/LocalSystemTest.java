package io.hrassist.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local system end to end, as {@code ./hr-assist run} starts it (embedded PostgreSQL, local broker, every function
 * as its own process): vacancy → job description → interview questions → resumes → ranked results, all through the
 * API. Every service runs the OpenTelemetry agent, as {@code ./hr-assist run} does when an exporter is named, here
 * writing its spans to the service's log, so that a task's trace can be followed from the UI to the stored result.
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
                new LocalSystem.Options(null, "", true)
                        .traced(Launcher.tracing(
                                Map.of("OTEL_TRACES_EXPORTER", "logging-otlp", "OTEL_BSP_SCHEDULE_DELAY", "100"))));
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

    @Test
    void aTaskIsOneTraceFromTheUiToTheStoredResult() throws Exception {
        String vacancy = client.post("/api/v1/vacancies", """
                {"title": "Site Reliability Engineer", "language": "en", "mustHaveSkills": ["Linux"]}
                """).get("id").asText();
        String task = client.post("/api/v1/vacancies/" + vacancy + "/job-description", "")
                .get("id")
                .asText();
        assertThat(client.awaitEnded(task, END_WITHIN).get("status").asText()).isEqualTo("SUCCEEDED");
        String requested = "io.hrassist.job-description.requested.v1";

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<Span> spans = Span.exported(system.logs, "ui", "api-function", "jd-function");
            Span sent = spans.stream()
                    .filter(span -> span.name().equals("send " + requested) && task.equals(span.subject()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no span sent the task's request"));
            Span apiServer = Span.parentOf(sent, spans);
            assertThat(apiServer.service()).isEqualTo("hr-assist-api");
            assertThat(apiServer.kind()).as("the API's HTTP server span").isEqualTo(2);
            assertThat(Span.parentOf(apiServer, spans).service())
                    .as("the request the UI forwarded to the API")
                    .isEqualTo("hr-assist-ui");
            assertThat(spans)
                    .as("the relay's HTTP post to the broker, inside its send span")
                    .anyMatch(span -> span.kind() == 3 && span.parentSpanId().equals(sent.spanId()));
            Span handled = Span.childOf(sent, "process " + requested, spans);
            assertThat(handled.service()).isEqualTo("hr-assist-jd");
            Span stored = Span.childOf(handled, "process io.hrassist.job-description.generated.v1", spans);
            assertThat(stored.service()).isEqualTo("hr-assist-api");
            assertThat(List.of(apiServer, handled, stored))
                    .extracting(Span::traceId)
                    .containsOnly(sent.traceId());
        });
    }

    /** A span the agent exported to a service's log (OTLP JSON, the logging-otlp exporter). */
    record Span(
            String service, String traceId, String spanId, String parentSpanId, String name, int kind, String subject) {

        private static final ObjectMapper MAPPER = new ObjectMapper();

        static List<Span> exported(Path logs, String... services) throws IOException {
            var spans = new ArrayList<Span>();
            for (String service : services) {
                for (String line : Files.readAllLines(logs.resolve(service + ".log"))) {
                    int json = line.indexOf("OtlpJsonLoggingSpanExporter - {");
                    if (json >= 0) {
                        try {
                            read(MAPPER.readTree(line.substring(line.indexOf('{', json))), spans);
                        } catch (JsonProcessingException e) {
                            // the last line, still being written: read again at the next look
                        }
                    }
                }
            }
            return spans;
        }

        private static void read(JsonNode resourceSpans, List<Span> into) {
            String service = attribute(resourceSpans.path("resource").path("attributes"), "service.name");
            for (JsonNode scope : resourceSpans.path("scopeSpans")) {
                for (JsonNode span : scope.path("spans")) {
                    into.add(new Span(
                            service,
                            span.path("traceId").asText(),
                            span.path("spanId").asText(),
                            span.path("parentSpanId").asText(""),
                            span.path("name").asText(),
                            span.path("kind").asInt(),
                            attribute(span.path("attributes"), "cloudevents.event_subject")));
                }
            }
        }

        private static String attribute(JsonNode attributes, String key) {
            for (JsonNode attribute : attributes) {
                if (attribute.path("key").asText().equals(key)) {
                    return attribute.path("value").path("stringValue").asText();
                }
            }
            return null;
        }

        static Span parentOf(Span span, List<Span> spans) {
            return spans.stream()
                    .filter(other -> other.spanId().equals(span.parentSpanId()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no parent exported for " + span));
        }

        static Span childOf(Span parent, String name, List<Span> spans) {
            return spans.stream()
                    .filter(span ->
                            span.name().equals(name) && span.parentSpanId().equals(parent.spanId()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no " + name + " span under " + parent));
        }
    }

    private String brokerUrl() {
        return system.broker().url().toString();
    }
}
