package io.hrassist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hiring team's pages over plain HTTP: the subject-access export through the UI's origin, the same file uploaded
 * again without JavaScript, and a decision the API refuses a hiring manager shown as the branded error page.
 */
@MicronautTest
class TeamPagesTest extends UiTest {

    private static final String PASSWORD = "a long enough password for tests";

    private UUID vacancy;
    private JsonNode alice;

    @BeforeAll
    void workspace() {
        vacancy = UUID.fromString(api.post("/api/v1/vacancies", """
                        {"title":"Data Engineer","language":"en","hiringManagers":[]}""").get("id").asText());
        alice = api.upload(vacancy, "alice-http.txt", "Resume of Alice, data engineer");
    }

    @Test
    void exportsTheCandidateAsJsonThroughTheUi() throws Exception {
        signIn("admin", TestApi.ADMIN_PASSWORD);
        var export = send(get("/api/v1/candidates/" + alice.get("id").asText() + "/export"));
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(export.body()).contains(alice.get("id").asText(), "alice-http.txt");
    }

    @Test
    void exportsTheRankedListAsCsvThroughTheUiAndThePageLinksIt() throws Exception {
        signIn("admin", TestApi.ADMIN_PASSWORD);
        assertThat(send(get("/vacancies/" + vacancy)).body())
                .contains("id=\"export-candidates\"", "/api/v1/vacancies/" + vacancy + "/candidates/export");

        var csv = send(get("/api/v1/vacancies/" + vacancy + "/candidates/export"));

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        assertThat(csv.body()).contains("rank,name,stage,score", "alice-http.txt");
    }

    @Test
    void theSameFileAgainWithoutJavaScriptOpensTheCandidateWhoHasIt() throws Exception {
        signIn("admin", TestApi.ADMIN_PASSWORD);
        String boundary = "b" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + cookie(cookies, "hr_csrf") + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"again.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nResume of Alice, data engineer\r\n--" + boundary + "--\r\n";
        var upload = send(HttpRequest.newBuilder(ui("/vacancies/" + vacancy + "/resumes"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        assertThat(upload.statusCode()).isEqualTo(303);
        String location = upload.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/candidates/" + alice.get("id").asText() + "?duplicate=1");
        assertThat(send(get(location)).body()).contains("id=\"duplicate-notice\"", "This file was uploaded before");
    }

    @Test
    void aDecisionRefusedToAHiringManagerIsTheBrandedErrorPage() throws Exception {
        api.user("hana", "Hana", "HIRING_MANAGER", PASSWORD);
        api.put("/api/v1/vacancies/" + vacancy, """
                {"title":"Data Engineer","language":"en","version":%d,"hiringManagers":["hana"]}""".formatted(
                        api.get("/api/v1/vacancies/" + vacancy).get("version").asLong()));
        signIn("hana", PASSWORD);
        String candidate = alice.get("id").asText();
        assertThat(send(get("/candidates/" + candidate)).body())
                .doesNotContain("id=\"stage-form\"", "id=\"erase-candidate\"", "id=\"export-candidate\"");

        var refused = send(HttpRequest.newBuilder(ui("/candidates/" + candidate + "/stage"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html,*/*;q=0.8")
                .POST(HttpRequest.BodyPublishers.ofString("stage=SHORTLISTED&_csrf=" + enc(cookie(cookies, "hr_csrf"))))
                .build());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("id=\"error-page\"", "data-status=\"403\"");
        assertThat(api.get("/api/v1/candidates/" + candidate).get("stage").asText())
                .isEqualTo("NEW");
    }

    @Test
    void theAuditLogPagesBackInTime() throws Exception {
        for (int i = 0; i < 55; i++) {
            api.login("admin", TestApi.ADMIN_PASSWORD);
        }
        signIn("admin", TestApi.ADMIN_PASSWORD);
        var first = send(get("/audit?actor=admin&action=SIGN_IN"));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body().split("class=\"audit-row\"", -1)).hasSize(51);
        String older = first.body().replaceAll("(?s).*id=\"audit-older\"[^>]*href=\"([^\"]+)\".*", "$1");
        if (older.length() > 500) {
            older = first.body().replaceAll("(?s).*href=\"([^\"]+)\"[^>]*id=\"audit-older\".*", "$1");
        }
        var second = send(get(older.replace("&amp;", "&")));
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("class=\"audit-row\"", "id=\"audit-newest\"");
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
