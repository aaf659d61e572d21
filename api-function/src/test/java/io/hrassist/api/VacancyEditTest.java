package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Edits never overwrite each other unseen; results made from an earlier vacancy say so; vacancies close and reopen. */
@MicronautTest(transactional = false)
class VacancyEditTest extends ApiTest {

    @Test
    void anEditFromAStaleVersionIsRefusedAndOverwritesNothing() throws Exception {
        JsonNode created = createVacancy("Platform Engineer", "Go");
        String id = created.get("id").asText();
        long read = created.get("version").asLong();

        JsonNode first = call(HttpRequest.PUT("/api/v1/vacancies/" + id, edit("Platform Engineer (Go)", read, "Go")));
        JsonNode problem = problem(
                auth(HttpRequest.PUT("/api/v1/vacancies/" + id, edit("Platform Engineer (Rust)", read, "Rust"))), 409);

        assertThat(problem.get("detail").asText())
                .contains("Someone else changed vacancy " + id)
                .contains("you sent version " + read)
                .contains("now at version " + first.get("version").asLong());
        assertThat(call(HttpRequest.GET("/api/v1/vacancies/" + id)).get("title").asText())
                .isEqualTo("Platform Engineer (Go)");
    }

    @Test
    void anEditWithoutAVersionIsABadRequest() throws Exception {
        String id = createVacancy("Site Reliability Engineer").get("id").asText();

        JsonNode problem = problem(
                auth(HttpRequest.PUT("/api/v1/vacancies/" + id, Map.of("title", "SRE", "language", "en"))), 400);

        assertThat(problem.get("detail").asText()).contains("version");
        problem(auth(HttpRequest.PUT("/api/v1/vacancies/" + id, edit("SRE", -1, "Linux"))), 400);
    }

    @Test
    void resultsMadeBeforeTheTitleOrSkillsChangedAreStale() {
        JsonNode created = createVacancy("Data Engineer", "Python");
        String id = created.get("id").asText();
        String description = start(id, "job-description");
        String candidate = upload(id);

        assertThat(task(description).get("stale").asBoolean()).isFalse();
        JsonNode located =
                call(HttpRequest.PUT("/api/v1/vacancies/" + id, located(edit("Data Engineer", 0, "Python"))));
        assertThat(task(description).get("stale").asBoolean())
                .as("the location is not content")
                .isFalse();
        assertThat(located.path("contentChangedAt").isMissingNode()).isTrue();

        JsonNode changed = call(HttpRequest.PUT("/api/v1/vacancies/" + id, located(edit("Data Engineer", 1, "Scala"))));

        assertThat(changed.get("contentChangedAt").asText()).isNotBlank();
        assertThat(task(description).get("stale").asBoolean()).isTrue();
        assertThat(call(HttpRequest.GET("/api/v1/tasks?vacancyId=" + id)))
                .allSatisfy(task -> assertThat(task.get("stale").asBoolean()).isTrue());
        JsonNode listed = call(HttpRequest.GET("/api/v1/vacancies/" + id + "/candidates"));
        assertThat(listed.get(0).get("id").asText()).isEqualTo(candidate);
        assertThat(listed.get(0).get("stale").asBoolean()).isTrue();

        assertThat(task(start(id, "job-description")).get("stale").asBoolean()).isFalse();
        call(HttpRequest.POST("/api/v1/vacancies/" + id + "/candidates/evaluations", ""));
        assertThat(call(HttpRequest.GET("/api/v1/vacancies/" + id + "/candidates"))
                        .get(0)
                        .get("stale")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void anInterviewKitMadeBeforeTheTitleOrSkillsChangedIsStale() {
        String retitled = createVacancy("Data Engineer", "Python").get("id").asText();
        String reskilled = createVacancy("Data Engineer", "Python").get("id").asText();
        String retitledKit = start(retitled, "interview-questions");
        String reskilledKit = start(reskilled, "interview-questions");
        assertThat(task(retitledKit).get("stale").asBoolean()).isFalse();

        call(HttpRequest.PUT("/api/v1/vacancies/" + retitled, edit("Senior Data Engineer", 0, "Python")));
        call(HttpRequest.PUT("/api/v1/vacancies/" + reskilled, edit("Data Engineer", 0, "Scala")));

        assertThat(task(retitledKit).get("stale").asBoolean())
                .as("title changed")
                .isTrue();
        assertThat(task(reskilledKit).get("stale").asBoolean())
                .as("skills changed")
                .isTrue();
        assertThat(call(HttpRequest.GET("/api/v1/tasks?vacancyId=" + retitled + "&kind=INTERVIEW_QUESTIONS"))
                        .get(0)
                        .get("stale")
                        .asBoolean())
                .isTrue();
        assertThat(task(start(retitled, "interview-questions")).get("stale").asBoolean())
                .as("a kit made after the change")
                .isFalse();
    }

    @Test
    void closingSetsTheClosingTimeReopeningClearsItAndNeitherChangesTheVersion() throws Exception {
        JsonNode created = createVacancy("QA Engineer");
        String id = created.get("id").asText();
        assertThat(created.get("status").asText()).isEqualTo("OPEN");

        JsonNode closed = call(HttpRequest.PUT("/api/v1/vacancies/" + id + "/status", Map.of("status", "CLOSED")));

        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("closedAt").asText()).isNotBlank();
        assertThat(closed.get("version").asLong())
                .isEqualTo(created.get("version").asLong());
        assertThat(call(HttpRequest.PUT("/api/v1/vacancies/" + id, edit("QA Lead", 0, "Selenium")))
                        .get("status")
                        .asText())
                .as("an edit keeps the status")
                .isEqualTo("CLOSED");

        JsonNode reopened = call(HttpRequest.PUT("/api/v1/vacancies/" + id + "/status", Map.of("status", "OPEN")));
        assertThat(reopened.get("status").asText()).isEqualTo("OPEN");
        assertThat(reopened.path("closedAt").isMissingNode()).isTrue();
        assertThat(problem(auth(HttpRequest.PUT("/api/v1/vacancies/" + id + "/status", Map.of("status", "DRAFT"))), 400)
                        .get("detail")
                        .asText())
                .contains("DRAFT");
    }

    private static Map<String, Object> edit(String title, long version, String skill) {
        return Map.of(
                "title",
                title,
                "language",
                "en",
                "seniority",
                "senior",
                "mustHaveSkills",
                List.of(skill),
                "version",
                version);
    }

    private static Map<String, Object> located(Map<String, Object> edit) {
        var body = new HashMap<>(edit);
        body.put("location", "Berlin");
        return body;
    }

    private String start(String vacancy, String kind) {
        return call(HttpRequest.POST("/api/v1/vacancies/" + vacancy + "/" + kind, ""))
                .get("id")
                .asText();
    }

    private JsonNode task(String id) {
        return call(HttpRequest.GET("/api/v1/tasks/" + id));
    }

    private String upload(String vacancy) {
        var body = MultipartBody.builder()
                .addPart(
                        "file",
                        "cv.txt",
                        MediaType.TEXT_PLAIN_TYPE,
                        "Python since 2018".getBytes(StandardCharsets.UTF_8))
                .build();
        return call(HttpRequest.POST("/api/v1/vacancies/" + vacancy + "/candidates", body)
                        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE))
                .get("candidate")
                .get("id")
                .asText();
    }
}
