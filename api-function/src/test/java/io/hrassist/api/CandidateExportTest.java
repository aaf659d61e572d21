package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hrassist.api.domain.Role;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Subject access: everything held about a candidate as one JSON document. */
@MicronautTest(transactional = false)
class CandidateExportTest extends CandidateApiSupport {

    @Test
    void exportsEverythingHeldAboutTheCandidateForRecruiters() {
        String vacancy = createVacancy("Backend Engineer", "Java").get("id").asText();
        byte[] resume = "Edsger, Java and structured programming".getBytes(StandardCharsets.UTF_8);
        JsonNode uploaded = upload(vacancy, "edsger.txt", resume);
        String id = uploaded.get("candidate").get("id").asText();
        complete(uploaded.get("task").get("id").asText(), 80, "Java and structured programming");
        call(HttpRequest.POST("/api/v1/candidates/" + id + "/evaluations", ""));
        call(HttpRequest.PUT("/api/v1/candidates/" + id + "/stage", Map.of("stage", "SHORTLISTED", "reason", "Java")));
        call(HttpRequest.POST("/api/v1/candidates/" + id + "/notes", Map.of("text", "Asks good questions")));
        call(HttpRequest.PUT(
                "/api/v1/candidates/" + id + "/feedback", Map.of("recommendation", "YES", "comment", "Clear thinker")));
        Member recruiter = member(Role.RECRUITER);

        HttpResponse<JsonNode> response = client.toBlocking()
                .exchange(as(recruiter, HttpRequest.GET("/api/v1/candidates/" + id + "/export")), JsonNode.class);

        JsonNode export = response.body();
        assertThat(response.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"candidate-" + id + ".json\"");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(export.get("exportedBy").asText()).isEqualTo(recruiter.username());
        assertThat(export.get("candidate").get("vacancyTitle").asText()).isEqualTo("Backend Engineer");
        assertThat(export.get("candidate").get("stage").asText()).isEqualTo("SHORTLISTED");
        assertThat(export.get("stageHistory").get(0).get("reason").asText()).isEqualTo("Java");
        assertThat(export.get("notes").get(0).get("text").asText()).isEqualTo("Asks good questions");
        assertThat(export.get("interviewFeedback").get(0).get("comment").asText())
                .isEqualTo("Clear thinker");
        assertThat(export.get("document").get("fileName").asText()).isEqualTo("edsger.txt");
        assertThat(Base64.getDecoder()
                        .decode(export.get("document").get("content").asText()))
                .isEqualTo(resume);
        assertThat(export.get("evaluations")).hasSize(2);
        assertThat(export.get("evaluations")
                        .get(0)
                        .get("result")
                        .get("criteria")
                        .get(0)
                        .get("evidence")
                        .get(0)
                        .asText())
                .isEqualTo("Java and structured programming");
        assertThat(export.get("evaluations").get(1).get("status").asText()).isEqualTo("PENDING");
        assertThat(audit(id))
                .extracting(row -> row.get(0) + " " + row.get(1))
                .contains(recruiter.username() + " CANDIDATE_EXPORTED");
    }

    @Test
    void theExportListsWhoViewedDownloadedAndChangedTheCandidateAndWhen() throws Exception {
        String vacancy = createVacancy("Backend Engineer", "Java").get("id").asText();
        String id = upload(vacancy, "grace.txt", "Grace, COBOL and compilers".getBytes(StandardCharsets.UTF_8))
                .get("candidate")
                .get("id")
                .asText();
        String other = upload(vacancy, "alan.txt", "Alan, Turing machines".getBytes(StandardCharsets.UTF_8))
                .get("candidate")
                .get("id")
                .asText();
        Member manager = member(Role.HIRING_MANAGER);
        assign(manager, vacancy);
        callAs(manager, HttpRequest.GET("/api/v1/candidates/" + id));
        client.toBlocking().exchange(as(manager, HttpRequest.GET("/api/v1/candidates/" + id + "/document")));
        call(HttpRequest.PUT(
                "/api/v1/candidates/" + id + "/stage", Map.of("stage", "REJECTED", "reason", "Wants COBOL only")));
        call(HttpRequest.GET("/api/v1/candidates/" + other));

        JsonNode trail =
                call(HttpRequest.GET("/api/v1/candidates/" + id + "/export")).get("auditTrail");

        assertThat(trail)
                .extracting(
                        e -> e.path("actor").asText("-") + " " + e.get("action").asText())
                .containsExactly(
                        "admin CANDIDATE_UPLOADED",
                        manager.username() + " CANDIDATE_VIEWED",
                        manager.username() + " CANDIDATE_DOCUMENT_DOWNLOADED",
                        "admin CANDIDATE_STAGE_CHANGED",
                        "admin CANDIDATE_EXPORTED");
        assertThat(trail)
                .allSatisfy(e -> assertThat(e.get("occurredAt").asText()).isNotBlank());
        assertThat(trail.get(3).get("detail")).isEqualTo(mapper.readTree("{\"from\":\"NEW\",\"to\":\"REJECTED\"}"));
        assertThat(trail.toString())
                .as("no one else's data, not even the decision's reason")
                .doesNotContain(other, "Alan", "Wants COBOL only", "grace.txt");
    }

    @Test
    void hiringManagersCannotExport() throws Exception {
        String vacancy = createVacancy("Backend Engineer").get("id").asText();
        String id = upload(vacancy, "a.txt", "Alan, Turing machines".getBytes(StandardCharsets.UTF_8))
                .get("candidate")
                .get("id")
                .asText();
        Member assigned = member(Role.HIRING_MANAGER);
        assign(assigned, vacancy);

        problem(as(assigned, HttpRequest.GET("/api/v1/candidates/" + id + "/export")), 403);
        problem(as(member(Role.HIRING_MANAGER), HttpRequest.GET("/api/v1/candidates/" + id + "/export")), 404);
        assertThat(audit(id)).extracting(row -> row.get(1)).doesNotContain("CANDIDATE_EXPORTED");
    }
}
