package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hrassist.api.db.OutboxRepository;
import io.hrassist.events.EventType;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest
class CandidateApiTest extends ApiTest {

    @Inject
    OutboxRepository outbox;

    @Test
    void uploadStartsAnEvaluationAndCandidatesAreRankedByScore() {
        String vacancy = createVacancy("Backend Engineer", "Java").get("id").asText();
        JsonNode first = upload(vacancy, "a.txt", "Java developer since 2015".getBytes(StandardCharsets.UTF_8));
        JsonNode second = upload(vacancy, "b.txt", "Worked with Java at scale".getBytes(StandardCharsets.UTF_8));

        assertThat(first.get("candidate").get("mediaType").asText()).isEqualTo("text/plain");
        assertThat(first.get("task").get("kind").asText()).isEqualTo("RESUME_EVALUATION");
        complete(first.get("task").get("id").asText(), 40);
        complete(second.get("task").get("id").asText(), 90);

        JsonNode ranked = call(HttpRequest.GET("/api/v1/vacancies/" + vacancy + "/candidates"));
        assertThat(ranked).hasSize(2);
        assertThat(ranked.get(0).get("fileName").asText()).isEqualTo("b.txt");
        assertThat(ranked.get(0).get("score").asInt()).isEqualTo(90);
        assertThat(ranked.get(1).get("score").asInt()).isEqualTo(40);
    }

    @Test
    void showsEvaluationsSideBySideAndEvaluatesAgainAfterTheVacancyChanged() throws Exception {
        String vacancy = createVacancy("Backend Engineer", "Java").get("id").asText();
        JsonNode uploaded = upload(vacancy, "a.txt", "Java developer since 2015".getBytes(StandardCharsets.UTF_8));
        complete(uploaded.get("task").get("id").asText(), 70);

        JsonNode listed = call(HttpRequest.GET("/api/v1/vacancies/" + vacancy + "/candidates"))
                .get(0);
        assertThat(listed.get("evaluation").get("summary").asText()).isEqualTo("ok");
        assertThat(listed.at("/evaluation/criteria/1/reason").asText())
                .as("the computed explanation beside the quotes")
                .isEqualTo("Not named in the resume.");

        call(HttpRequest.PUT(
                "/api/v1/vacancies/" + vacancy,
                Map.of(
                        "title",
                        "Backend Engineer",
                        "language",
                        "en",
                        "mustHaveSkills",
                        java.util.List.of("Go"),
                        "version",
                        0)));
        JsonNode started = client.toBlocking()
                .exchange(
                        auth(HttpRequest.POST("/api/v1/vacancies/" + vacancy + "/candidates/evaluations", "")),
                        JsonNode.class)
                .body();

        assertThat(started).hasSize(1);
        String task = started.get(0).get("id").asText();
        JsonNode again = call(HttpRequest.GET("/api/v1/vacancies/" + vacancy + "/candidates"))
                .get(0);
        assertThat(again.get("evaluationTaskId").asText()).isEqualTo(task);
        assertThat(again.get("evaluationStatus").asText()).isEqualTo("PENDING");
        var event = outbox.waiting().stream()
                .filter(r -> r.subject().equals(task))
                .findFirst()
                .orElseThrow();
        JsonNode data = mapper.readTree(event.data());
        assertThat(data.get("vacancy").get("mustHaveSkills").get(0).asText()).isEqualTo("Go");
        assertThat(data.get("document").get("fileName").asText()).isEqualTo("a.txt");

        String candidate = uploaded.get("candidate").get("id").asText();
        JsonNode audit = call(HttpRequest.GET("/api/v1/audit-events?object=" + candidate));
        assertThat(audit.findValuesAsText("action")).containsExactly("CANDIDATE_REEVALUATED", "CANDIDATE_UPLOADED");
        assertThat(audit.get(0).at("/detail/taskId").asText()).isEqualTo(task);
        assertThat(audit.get(0).at("/detail/all").asBoolean()).isTrue();
        assertThat(audit.get(1).at("/detail/vacancyId").asText()).isEqualTo(vacancy);
        assertThat(audit.toString()).doesNotContain("a.txt");
        JsonNode reads = call(HttpRequest.GET("/api/v1/audit-events?action=CANDIDATES_LISTED&object=" + vacancy));
        assertThat(reads)
                .as("two list reads by one user within the audit window are one entry")
                .hasSize(1);
        assertThat(reads.get(0).get("actor").asText()).isEqualTo("admin");
    }

    @Test
    void decidesTheTypeByContentNotByName() {
        String vacancy = createVacancy("Designer").get("id").asText();

        JsonNode pdf = upload(vacancy, "resume.txt", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII));

        assertThat(pdf.get("candidate").get("mediaType").asText()).isEqualTo("application/pdf");
    }

    @Test
    void tellsDocxFromOtherZipsWithoutInflatingThem() throws Exception {
        String vacancy = createVacancy("Designer").get("id").asText();
        byte[] docx = zip("word/document.xml", 1000);
        byte[] bombThenDocx = zip("padding.bin", 50 * 1024 * 1024, "word/document.xml", 10);

        assertThat(upload(vacancy, "cv.docx", docx)
                        .get("candidate")
                        .get("mediaType")
                        .asText())
                .endsWith("document");
        assertThat(upload(vacancy, "cv.docx", bombThenDocx)
                        .get("candidate")
                        .get("mediaType")
                        .asText())
                .endsWith("document");
        problem(uploadRequest(vacancy, "cv.docx", zip("notes.txt", 1000)), 415);
    }

    /** A ZIP of entries of zero bytes: pairs of name and size. */
    private static byte[] zip(Object... entries) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new java.util.zip.ZipEntry((String) entries[i]));
                byte[] block = new byte[1 << 20];
                for (int left = (Integer) entries[i + 1]; left > 0; left -= block.length) {
                    zip.write(block, 0, Math.min(left, block.length));
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void rejectsBinaryEmptyAndMissingFiles() throws Exception {
        String vacancy = createVacancy("Designer").get("id").asText();

        JsonNode binary = problem(uploadRequest(vacancy, "cv.pdf", new byte[] {0, 1, 2, 3, (byte) 0xff}), 415);
        assertThat(binary.get("detail").asText()).contains("not a PDF, a DOCX or UTF-8 text");
        problem(uploadRequest(vacancy, "cv.txt", new byte[0]), 400);
        problem(
                auth(HttpRequest.POST(
                                "/api/v1/vacancies/" + vacancy + "/candidates",
                                MultipartBody.builder().addPart("other", "x").build())
                        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)),
                400);
        assertThat(call(HttpRequest.GET("/api/v1/vacancies/" + vacancy + "/candidates")))
                .isEmpty();
    }

    @Test
    void rejectsOversizedUpload() throws Exception {
        String vacancy = createVacancy("Designer").get("id").asText();
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');

        problem(uploadRequest(vacancy, "big.txt", big), 413);

        assertThat(call(HttpRequest.GET("/api/v1/vacancies/" + vacancy + "/candidates")))
                .isEmpty();
    }

    private JsonNode upload(String vacancy, String name, byte[] content) {
        return client.toBlocking().retrieve(uploadRequest(vacancy, name, content), JsonNode.class);
    }

    private MutableHttpRequest<MultipartBody> uploadRequest(String vacancy, String name, byte[] content) {
        var body = MultipartBody.builder()
                .addPart("file", name, MediaType.APPLICATION_OCTET_STREAM_TYPE, content)
                .build();
        return auth(HttpRequest.POST("/api/v1/vacancies/" + vacancy + "/candidates", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    /** Completes an evaluation with {@code score}: one criterion met that weighs {@code score}, one missing. */
    private void complete(String task, int score) {
        String data = ("{\"score\":%d,\"criteria\":[{\"name\":\"Java\",\"kind\":\"MUST_HAVE\",\"weight\":%d,"
                        + "\"status\":\"MET\",\"evidence\":[\"Java\"]},{\"name\":\"Go\",\"kind\":\"MUST_HAVE\","
                        + "\"weight\":%d,\"status\":\"MISSING\",\"evidence\":[],\"reason\":\"Not named in the resume.\"}],\"flags\":[],\"summary\":\"ok\","
                        + "\"engine\":{\"name\":\"offline\",\"fallback\":false}}")
                .formatted(score, score, 100 - score);
        client.toBlocking().exchange(result(EventType.RESUME_EVALUATION_COMPLETED.name(), task, data));
    }
}
