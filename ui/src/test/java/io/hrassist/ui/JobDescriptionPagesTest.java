package io.hrassist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The job description's editor and a vacancy's deletion without JavaScript, over plain HTTP: the editor as a page, a
 * save and its download, an empty text and a suggestion applied to a text that changed meanwhile refused, and a
 * deletion refused to a hiring manager.
 */
@MicronautTest
class JobDescriptionPagesTest extends UiTest {

    private static final String PASSWORD = "a long enough password for tests";

    @Test
    void editsWithoutJavaScriptAndDownloadsTheEditedText() throws Exception {
        signIn("admin", TestApi.ADMIN_PASSWORD);
        UUID vacancy = vacancy("Senior Backend Engineer");
        UUID task = api.latestTask(vacancy, "JOB_DESCRIPTION");

        var editor = send(get("/vacancies/" + vacancy + "/job-description/edit"));
        assertThat(editor.statusCode()).isEqualTo(200);
        assertThat(editor.body()).contains("id=\"jd-editor\"", "rockstar engineer", "value=\"" + task + "\"");
        assertThat(editor.body()).doesNotContain("name=\"version\"");

        var empty = send(post("/vacancies/" + vacancy + "/job-description/edit", "markdown=+&task=" + task));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("id=\"jd-editor-error\"");
        assertThat(api.status("GET", "/api/v1/vacancies/" + vacancy + "/job-description", api.token()))
                .isEqualTo(404);

        var saved = send(post(
                "/vacancies/" + vacancy + "/job-description/edit",
                "markdown=" + enc("# Senior Backend Engineer\r\n\r\nSaved without JavaScript.") + "&task=" + task));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue("/vacancies/" + vacancy + "#jd");

        var download = send(get("/vacancies/" + vacancy + "/job-description.md"));
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"senior-backend-engineer.md\"");
        assertThat(download.body()).isEqualTo("# Senior Backend Engineer\n\nSaved without JavaScript.");
        assertThat(send(get("/vacancies/" + vacancy)).body()).contains("id=\"jd-edited\"", "Saved without JavaScript.");
        assertThat(send(get("/vacancies/" + vacancy + "/job-description/edit")).body())
                .contains("name=\"version\" value=\"0\"");
    }

    @Test
    void aJobDescriptionWrittenByHandGoesOutOfDateWithItsVacancy() throws Exception {
        signIn("admin", TestApi.ADMIN_PASSWORD);
        JsonNode created = api.post(
                "/api/v1/vacancies", "{\"title\":\"Data Engineer\",\"language\":\"en\",\"mustHaveSkills\":[\"SQL\"]}");
        UUID vacancy = UUID.fromString(created.get("id").asText());
        api.put(
                "/api/v1/vacancies/" + vacancy + "/job-description",
                "{\"markdown\":\"# Data Engineer\\n\\nBy hand.\"}");
        assertThat(send(get("/vacancies/" + vacancy)).body())
                .contains("By hand.")
                .doesNotContain("id=\"stale-banner\"");

        api.put(
                "/api/v1/vacancies/" + vacancy,
                "{\"title\":\"Data Engineer\",\"language\":\"en\",\"mustHaveSkills\":[\"SQL\",\"Spark\"],\"version\":%d}"
                        .formatted(created.get("version").asLong()));

        assertThat(send(get("/vacancies/" + vacancy)).body()).contains("By hand.", "id=\"stale-banner\"");
    }

    @Test
    void aTextWrittenByHandIsCheckedLikeAGeneratedOne() throws Exception {
        signIn("admin", TestApi.ADMIN_PASSWORD);
        UUID vacancy = UUID.fromString(api.post(
                        "/api/v1/vacancies",
                        "{\"title\":\"Кассир\",\"language\":\"ru\",\"mustHaveSkills\":[\"Работа с кассой\"]}")
                .get("id")
                .asText());

        var saved = send(post(
                "/vacancies/" + vacancy + "/job-description/edit",
                "markdown=" + enc("# Кассир\r\n\r\nНужна молодая девушка до 30 лет. Работа с кассой.")));
        assertThat(saved.statusCode()).isEqualTo(303);

        String page = send(get("/vacancies/" + vacancy)).body();
        String warnings = page.substring(page.indexOf("id=\"jd-warnings\""));
        assertThat(warnings.substring(0, warnings.indexOf("</ul>")))
                .contains("<mark>молодая</mark>", "<mark>девушка</mark>", "30 лет</mark>", "Still in the text");
        assertThat(page).contains("Нужна молодая девушка до 30 лет.");
    }

    @Test
    void aSuggestionForATextChangedMeanwhileIsNotApplied() throws Exception {
        signIn("admin", TestApi.ADMIN_PASSWORD);
        UUID vacancy = vacancy("Platform Engineer");
        UUID task = api.latestTask(vacancy, "JOB_DESCRIPTION");
        api.put(
                "/api/v1/vacancies/" + vacancy + "/job-description",
                "{\"markdown\":\"# Platform Engineer\\n\\nA rockstar, saved in another tab.\",\"basedOnTask\":\"%s\"}"
                        .formatted(task));

        var applied = send(post("/vacancies/" + vacancy + "/job-description/apply", "warning=0&task=" + task));

        assertThat(applied.statusCode()).isEqualTo(409);
        assertThat(applied.body()).contains("id=\"jd-conflict\"", "saved in another tab");
        var kept = api.get("/api/v1/vacancies/" + vacancy + "/job-description");
        assertThat(kept.get("version").asLong()).isZero();
        assertThat(kept.get("markdown").asText()).contains("A rockstar");
    }

    @Test
    void aHiringManagerCannotDeleteAVacancy() throws Exception {
        UUID vacancy = vacancy("Site Manager");
        api.user("hedda", "Hedda", "HIRING_MANAGER", PASSWORD);
        api.put("/api/v1/vacancies/" + vacancy, """
                {"title":"Site Manager","language":"en","version":%d,"hiringManagers":["hedda"]}""".formatted(
                        api.get("/api/v1/vacancies/" + vacancy).get("version").asLong()));
        signIn("hedda", PASSWORD);

        assertThat(send(get("/vacancies/" + vacancy)).body()).doesNotContain("delete-vacancy", "edit-jd");
        assertThat(send(get("/vacancies/" + vacancy + "/delete")).statusCode()).isEqualTo(403);
        var refused = send(post("/vacancies/" + vacancy + "/delete", ""));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("id=\"error-page\"", "data-status=\"403\"");
        assertThat(api.status("GET", "/api/v1/vacancies/" + vacancy, api.token()))
                .isEqualTo(200);
    }

    private UUID vacancy(String title) {
        UUID vacancy = UUID.fromString(api.post(
                        "/api/v1/vacancies",
                        "{\"title\":\"%s\",\"language\":\"en\",\"mustHaveSkills\":[\"Java\"]}".formatted(title))
                .get("id")
                .asText());
        api.post("/api/v1/vacancies/" + vacancy + "/job-description", "{}");
        api.deliver(Results.JD, api.latestTask(vacancy, "JOB_DESCRIPTION"), Results.jobDescription());
        return vacancy;
    }

    /** A form POST as a browser sends it: the CSRF field, and HTML asked for. */
    private HttpRequest post(String path, String body) {
        String csrf = "_csrf=" + enc(cookie(cookies, "hr_csrf"));
        return HttpRequest.newBuilder(ui(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html,*/*;q=0.8")
                .POST(HttpRequest.BodyPublishers.ofString(body.isEmpty() ? csrf : body + "&" + csrf))
                .build();
    }

    private void signIn(String username, String password) throws Exception {
        cookies.getCookieStore().removeAll();
        send(get("/login"));
        var response = send(formPost(
                "/login",
                "username=" + enc(username) + "&password=" + enc(password) + "&_csrf="
                        + enc(cookie(cookies, "hr_csrf"))));
        assertThat(response.statusCode()).isEqualTo(303);
    }
}
