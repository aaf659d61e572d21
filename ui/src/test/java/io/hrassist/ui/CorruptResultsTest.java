package io.hrassist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Results are read as the contract's records: one written before later fields existed still shows, and one that does
 * not bind (a corrupt row) shows as no result instead of breaking the page.
 */
@MicronautTest
class CorruptResultsTest extends UiTest {

    /** Valid JSON, but no result of any kind: required fields are missing and a list is a string. */
    private static final String CORRUPT = "{\"title\":\"Broken\",\"questions\":\"none\",\"criteria\":\"none\"}";

    @Test
    void aResultThatDoesNotBindShowsAsNone() throws Exception {
        UUID vacancy = vacancy("Corrupt Results Engineer");
        UUID candidate = UUID.fromString(api.upload(vacancy, "cora.txt", "Cora, Java since 2015")
                .get("id")
                .asText());
        UUID evaluation = api.latestTask(vacancy, "RESUME_EVALUATION");
        api.deliver(Results.EVALUATION, evaluation, Results.evaluation(80, "Java since 2015", null));
        assertThat(send(get("/vacancies/" + vacancy)).body())
                .contains("id=\"jd-result\"", "How does PostgreSQL choose an index scan?", "Java since 2015");

        UUID jd = api.latestTask(vacancy, "JOB_DESCRIPTION");
        api.replaceResult(jd, CORRUPT);
        api.replaceResult(api.latestTask(vacancy, "INTERVIEW_QUESTIONS"), CORRUPT);
        api.replaceResult(evaluation, CORRUPT);

        var page = send(get("/vacancies/" + vacancy));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .doesNotContain("id=\"jd-result\"", "How does PostgreSQL choose an index scan?", "Java since 2015")
                .contains("cora");
        assertThat(send(get("/tasks/" + jd + "/job-description.md")).statusCode())
                .isEqualTo(404);
        var sheet = send(get("/candidates/" + candidate));
        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(sheet.body()).doesNotContain("Java since 2015");
    }

    @Test
    void aResultWrittenBeforeLaterFieldsStillShows() throws Exception {
        UUID vacancy = vacancy("Older Results Engineer");
        api.replaceResult(api.latestTask(vacancy, "JOB_DESCRIPTION"), Results.jobDescription());

        var page = send(get("/vacancies/" + vacancy));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"jd-result\"", "rockstar", "Salary range not given", "Tell me about a conflict");
    }

    @BeforeAll
    void signIn() throws Exception {
        send(get("/login"));
        var response = send(formPost(
                "/login",
                "username=admin&password=" + enc(TestApi.ADMIN_PASSWORD) + "&_csrf="
                        + enc(cookie(cookies, "hr_csrf"))));
        assertThat(response.statusCode()).isEqualTo(303);
    }

    private UUID vacancy(String title) {
        UUID vacancy = UUID.fromString(api.post(
                        "/api/v1/vacancies",
                        "{\"title\":\"%s\",\"language\":\"en\",\"mustHaveSkills\":[\"Java\"]}".formatted(title))
                .get("id")
                .asText());
        api.post("/api/v1/vacancies/" + vacancy + "/job-description", "{}");
        api.deliver(Results.JD, api.latestTask(vacancy, "JOB_DESCRIPTION"), Results.jobDescription());
        api.post("/api/v1/vacancies/" + vacancy + "/interview-questions", "{}");
        api.deliver(Results.QUESTIONS, api.latestTask(vacancy, "INTERVIEW_QUESTIONS"), Results.questions());
        return vacancy;
    }
}
