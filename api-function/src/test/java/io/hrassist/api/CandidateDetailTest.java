package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hrassist.api.domain.Role;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One candidate over HTTP: detail, original file, one file one candidate, evaluated again on its own. */
@MicronautTest(transactional = false)
class CandidateDetailTest extends CandidateApiSupport {

    @Test
    void showsTheCandidateWithItsVacancyStageAndEvaluationAndAuditsTheView() {
        String vacancy = createVacancy("Backend Engineer", "Java").get("id").asText();
        JsonNode uploaded = upload(vacancy, "ada.txt", bytes("Ada Lovelace, Java since 2015"));
        String id = uploaded.get("candidate").get("id").asText();
        complete(uploaded.get("task").get("id").asText(), 60, "Java since 2015");

        JsonNode detail = call(HttpRequest.GET("/api/v1/candidates/" + id));

        assertThat(detail.get("vacancyId").asText()).isEqualTo(vacancy);
        assertThat(detail.get("stage").asText()).isEqualTo("NEW");
        assertThat(detail.get("score").asInt()).isEqualTo(60);
        assertThat(detail.get("evaluation")
                        .get("criteria")
                        .get(0)
                        .get("evidence")
                        .get(0)
                        .asText())
                .isEqualTo("Java since 2015");
        assertThat(detail.get("stageHistory")).isEmpty();
        assertThat(detail.get("notes")).isEmpty();
        assertThat(detail.get("feedback").get("feedback")).isEmpty();
        assertThat(afterUpload(id)).extracting(row -> row.get(1)).containsExactly("CANDIDATE_VIEWED");
        assertThat(audit(id).get(0).get(0)).isEqualTo("admin");
    }

    @Test
    void answersUnknownCandidatesAndUnassignedHiringManagersWith404() throws Exception {
        String vacancy = createVacancy("Backend Engineer").get("id").asText();
        String id = candidate(vacancy, "Grace Hopper, COBOL");
        Member outsider = member(Role.HIRING_MANAGER);
        Member assigned = member(Role.HIRING_MANAGER);
        assign(assigned, vacancy);

        UUID unknown = UUID.randomUUID();
        assertThat(problem(auth(HttpRequest.GET("/api/v1/candidates/" + unknown)), 404)
                        .get("detail")
                        .asText())
                .isEqualTo("Candidate " + unknown + " does not exist");
        assertThat(problem(as(outsider, HttpRequest.GET("/api/v1/candidates/" + id)), 404)
                        .get("detail")
                        .asText())
                .isEqualTo("Candidate " + id + " does not exist");
        problem(as(outsider, HttpRequest.GET("/api/v1/candidates/" + id + "/document")), 404);
        assertThat(callAs(assigned, HttpRequest.GET("/api/v1/candidates/" + id))
                        .get("id")
                        .asText())
                .isEqualTo(id);
        assertThat(callAs(member(Role.RECRUITER), HttpRequest.GET("/api/v1/candidates/" + id))
                        .get("id")
                        .asText())
                .isEqualTo(id);
        problem(auth(HttpRequest.GET("/api/v1/candidates/not-an-id")), 400);
    }

    @Test
    void servesTheOriginalFileAsAnAttachmentWithASafeName() {
        String vacancy = createVacancy("Designer").get("id").asText();
        byte[] pdf = "%PDF-1.7\nresume of Ada".getBytes(StandardCharsets.US_ASCII);
        String id = upload(vacancy, "../../etc/Résumé: Ada;x?.txt", pdf)
                .get("candidate")
                .get("id")
                .asText();
        Member manager = member(Role.HIRING_MANAGER);
        assign(manager, vacancy);

        HttpResponse<byte[]> response = client.toBlocking()
                .exchange(as(manager, HttpRequest.GET("/api/v1/candidates/" + id + "/document")), byte[].class);

        assertThat(response.body()).isEqualTo(pdf);
        assertThat(response.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"Resume  Ada x_.txt.pdf\"; "
                        + "filename*=UTF-8''R%C3%A9sum%C3%A9%20%20Ada%20x_.txt.pdf");
        assertThat(afterUpload(id))
                .extracting(row -> row.get(0) + " " + row.get(1))
                .containsExactly(manager.username() + " CANDIDATE_DOCUMENT_DOWNLOADED");
    }

    @Test
    void servesTextAsUtf8Text() {
        String vacancy = createVacancy("Designer").get("id").asText();
        String id = candidate(vacancy, "Ольга, дизайнер");

        HttpResponse<byte[]> response = client.toBlocking()
                .exchange(auth(HttpRequest.GET("/api/v1/candidates/" + id + "/document")), byte[].class);

        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("Ольга, дизайнер");
        assertThat(response.header("Content-Type")).isEqualTo("text/plain;charset=UTF-8");
        assertThat(response.header("Content-Disposition")).startsWith("attachment; filename=\"cv.txt\"");
    }

    @Test
    void theSameFileUploadedTwiceToAVacancyIsOneCandidate() throws Exception {
        String vacancy = createVacancy("Backend Engineer").get("id").asText();
        String other = createVacancy("Frontend Engineer").get("id").asText();
        byte[] resume = bytes("Linus, C and Git");
        String first =
                upload(vacancy, "linus.txt", resume).get("candidate").get("id").asText();

        var error = org.junit.jupiter.api.Assertions.assertThrows(
                HttpClientResponseException.class,
                () -> client.toBlocking().exchange(uploadRequest(vacancy, "renamed.txt", resume), String.class));
        JsonNode problem =
                mapper.readTree(error.getResponse().getBody(String.class).orElseThrow());

        assertThat(error.getStatus().getCode()).isEqualTo(409);
        assertThat(error.getResponse().getContentType().orElseThrow().toString())
                .isEqualTo("application/problem+json");
        assertThat(error.getResponse().header("Location")).isEqualTo("/api/v1/candidates/" + first);
        assertThat(problem.get("candidateId").asText()).isEqualTo(first);
        assertThat(problem.get("detail").asText()).contains(first);
        assertThat(upload(other, "linus.txt", resume).get("candidate").get("id").asText())
                .isNotEqualTo(first);
        assertThat(rows("SELECT count(*) FROM task WHERE vacancy_id = ?::uuid", vacancy)
                        .get(0)
                        .get(0))
                .isEqualTo("1");
    }

    @Test
    void concurrentUploadsOfTheSameFileMakeOneCandidate() throws Exception {
        String vacancy = createVacancy("Backend Engineer").get("id").asText();
        byte[] resume = bytes("Barbara Liskov, substitution " + UUID.randomUUID());
        int uploads = 6;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(uploads);
        var outcomes = new ArrayList<Future<Integer>>();
        for (int i = 0; i < uploads; i++) {
            Callable<Integer> upload = () -> {
                start.await();
                try {
                    return client.toBlocking()
                            .exchange(uploadRequest(vacancy, "b.txt", resume), String.class)
                            .code();
                } catch (HttpClientResponseException e) {
                    return e.getStatus().getCode();
                }
            };
            outcomes.add(pool.submit(upload));
        }
        start.countDown();
        var codes = new ArrayList<Integer>();
        for (Future<Integer> outcome : outcomes) {
            codes.add(outcome.get());
        }
        pool.shutdown();

        assertThat(codes).containsOnly(202, 409).filteredOn(code -> code == 202).hasSize(1);
        assertThat(rows("SELECT count(*) FROM candidate WHERE vacancy_id = ?::uuid", vacancy)
                        .get(0)
                        .get(0))
                .isEqualTo("1");
        assertThat(rows("SELECT count(*) FROM task WHERE vacancy_id = ?::uuid", vacancy)
                        .get(0)
                        .get(0))
                .isEqualTo("1");
    }

    @Test
    void evaluatesOneCandidateAgainForRecruitersOnly() throws Exception {
        String vacancy = createVacancy("Backend Engineer", "Java").get("id").asText();
        JsonNode uploaded = upload(vacancy, "a.txt", bytes("Java for ten years"));
        String id = uploaded.get("candidate").get("id").asText();
        complete(uploaded.get("task").get("id").asText(), 50, "Java");
        Member manager = member(Role.HIRING_MANAGER);
        assign(manager, vacancy);

        HttpResponse<JsonNode> started = client.toBlocking()
                .exchange(
                        as(member(Role.RECRUITER), HttpRequest.POST("/api/v1/candidates/" + id + "/evaluations", "")),
                        JsonNode.class);

        String task = started.body().get("id").asText();
        assertThat(started.code()).isEqualTo(202);
        assertThat(started.header("Location")).isEqualTo("/api/v1/tasks/" + task);
        JsonNode detail = call(HttpRequest.GET("/api/v1/candidates/" + id));
        assertThat(detail.get("evaluationTaskId").asText()).isEqualTo(task);
        assertThat(detail.get("evaluationStatus").asText()).isEqualTo("PENDING");
        assertThat(afterUpload(id)).extracting(row -> row.get(1)).startsWith("CANDIDATE_REEVALUATED");
        assertThat(problem(as(manager, HttpRequest.POST("/api/v1/candidates/" + id + "/evaluations", "")), 403)
                        .get("detail")
                        .asText())
                .contains("hiring manager");
    }

    @Test
    void readingAnEvaluationThroughItsTaskIsAuditedAsAViewOfItsCandidate() throws Exception {
        String vacancy = createVacancy("Backend Engineer", "Java").get("id").asText();
        JsonNode uploaded = upload(vacancy, "ada.txt", bytes("Ada Lovelace, Java since 2015"));
        String id = uploaded.get("candidate").get("id").asText();
        String task = uploaded.get("task").get("id").asText();
        complete(task, 60, "Java since 2015");
        String jobDescription = call(HttpRequest.POST("/api/v1/vacancies/" + vacancy + "/job-description", ""))
                .get("id")
                .asText();
        Member manager = member(Role.HIRING_MANAGER);
        assign(manager, vacancy);

        JsonNode read = callAs(manager, HttpRequest.GET("/api/v1/tasks/" + task));
        callAs(manager, HttpRequest.GET("/api/v1/tasks/" + jobDescription));

        assertThat(read.get("result").toString()).contains("Java since 2015");
        List<List<String>> views = afterUpload(id);
        assertThat(views)
                .extracting(row -> row.get(0) + " " + row.get(1))
                .containsExactly(manager.username() + " CANDIDATE_VIEWED");
        assertThat(mapper.readTree(views.get(0).get(2)))
                .isEqualTo(mapper.readTree("{\"part\":\"evaluation\",\"task\":\"" + task + "\"}"));
        assertThat(rows("SELECT action FROM audit_event WHERE actor = ? ORDER BY id", manager.username()))
                .as("reading a job description's task reads no candidate")
                .extracting(row -> row.get(0))
                .containsExactly("SIGN_IN", "CANDIDATE_VIEWED");
    }

    @Test
    void listingEvaluationsIsAuditedAsAReadOfTheVacancysCandidatesOncePerWindow() {
        String vacancy = createVacancy("Backend Engineer", "Java").get("id").asText();
        JsonNode uploaded = upload(vacancy, "ada.txt", bytes("Ada Lovelace, Java since 2015"));
        complete(uploaded.get("task").get("id").asText(), 60, "Java since 2015");
        call(HttpRequest.POST("/api/v1/vacancies/" + vacancy + "/job-description", ""));
        Member reader = member(Role.RECRUITER);
        Member other = member(Role.RECRUITER);
        String evaluations = "/api/v1/tasks?vacancyId=" + vacancy + "&kind=RESUME_EVALUATION";

        JsonNode listed = callAs(reader, HttpRequest.GET(evaluations));
        callAs(reader, HttpRequest.GET(evaluations));
        callAs(other, HttpRequest.GET("/api/v1/tasks?vacancyId=" + vacancy + "&kind=JOB_DESCRIPTION"));

        assertThat(listed.get(0).get("result").toString()).contains("Java since 2015");
        assertThat(rows("SELECT actor FROM audit_event WHERE action = 'CANDIDATES_LISTED' AND object_id = ?", vacancy))
                .extracting(row -> row.get(0))
                .containsExactly(reader.username());
    }

    private String candidate(String vacancy, String text) {
        return upload(vacancy, "cv.txt", bytes(text)).get("candidate").get("id").asText();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The candidate's audit entries after its upload (recorded as CANDIDATE_UPLOADED since uploads are audited). */
    private static List<List<String>> afterUpload(String id) {
        return audit(id).stream()
                .filter(row -> !row.get(1).equals("CANDIDATE_UPLOADED"))
                .toList();
    }
}
