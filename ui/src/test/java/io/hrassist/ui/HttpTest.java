package io.hrassist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.HttpCookie;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The UI over plain HTTP: CSRF rejection, forwarding to the API, the Markdown download, health. */
@MicronautTest
class HttpTest extends UiTest {

    @BeforeAll
    void signIn() throws Exception {
        send(get("/login"));
        var response = send(form("/login", "username=admin&password=" + enc(TestApi.ADMIN_PASSWORD), csrf()));
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/vacancies");
        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("hr_session=").contains("HTTPOnly", "SameSite=Strict"));
    }

    @Test
    void rejectsFormWithoutCsrfToken() throws Exception {
        var response = send(form("/vacancies", "title=Forged&language=en", null));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/vacancies?q=Forged")).isEmpty();
    }

    @Test
    void rejectsFormWithWrongCsrfToken() throws Exception {
        assertThat(send(form("/vacancies", "title=Forged&language=en", "not-the-token"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void createsVacancyFromFormWithCommaSeparatedSkills() throws Exception {
        var response = send(
                form("/vacancies", "title=Data+Engineer&language=en&mustHaveSkills=Python%2C+SQL%2C+Airflow", csrf()));
        assertThat(response.statusCode()).isEqualTo(303);
        String id = response.headers().firstValue("Location").orElseThrow().replace("/vacancies/", "");
        assertThat(api.get("/api/v1/vacancies/" + id).get("mustHaveSkills").toString())
                .isEqualTo("[\"Python\",\"SQL\",\"Airflow\"]");
    }

    @Test
    void twoTabsEditingOneVacancyDoNotOverwriteEachOther() throws Exception {
        var created = send(form("/vacancies", "title=Nurse&language=en&mustHaveSkills=BLS", csrf()));
        String page = created.headers().firstValue("Location").orElseThrow();
        String firstTab = hiddenFields(send(get(page + "/edit")).body());
        String secondTab = hiddenFields(send(get(page + "/edit")).body());

        var first = send(form(page, "title=ICU+Nurse&language=en&mustHaveSkills=BLS" + firstTab, csrf()));
        var second = send(form(page, "title=Ward+Nurse&language=en&mustHaveSkills=BLS" + secondTab, csrf()));

        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("id=\"form-conflict\"").contains("Someone changed this item");
        assertThat(api.get("/api/v1" + page).get("title").asText()).isEqualTo("ICU Nurse");
    }

    /** The version an edit form carries, as a form field to append. */
    private static String hiddenFields(String html) {
        var fields = new StringBuilder();
        var matcher = java.util.regex.Pattern.compile("<input type=\"hidden\" name=\"(version)\" value=\"([^\"]*)\"")
                .matcher(html);
        while (matcher.find()) {
            fields.append('&').append(matcher.group(1)).append('=').append(enc(matcher.group(2)));
        }
        assertThat(fields).as("hidden fields of the edit form").contains("version=");
        return fields.toString();
    }

    @Test
    void theApiThrottlesEachBrowserBehindTheUiAlone() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertThat(jsonLogin("203.0.113.7", "unknown-" + i).statusCode()).isEqualTo(401);
        }
        assertThat(jsonLogin("203.0.113.7", "unknown-20").statusCode()).isEqualTo(429);
        // another browser, even one claiming the throttled address further left, still gets an answer
        assertThat(jsonLogin("203.0.113.7, 198.51.100.9", "unknown-21").statusCode())
                .isEqualTo(401);
    }

    private HttpResponse<String> jsonLogin(String forwardedFor, String username) throws Exception {
        return send(HttpRequest.newBuilder(ui("/login"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", forwardedFor)
                .header("X-HR-Assist-Client", "192.0.2.1")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"wrong-password-1\"}"))
                .build());
    }

    @Test
    void forwardsLoginAndApiCallsToTheApi() throws Exception {
        var login = send(HttpRequest.newBuilder(ui("/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"admin\",\"password\":\"" + TestApi.ADMIN_PASSWORD + "\"}"))
                .build());
        assertThat(login.statusCode()).isEqualTo(200);
        String token =
                new ObjectMapper().readTree(login.body()).get("access_token").asText();

        var bearer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(ui("/api/v1/vacancies"))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(bearer.statusCode()).isEqualTo(200);
        assertThat(bearer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));

        var withCookie = send(get("/api/v1/vacancies"));
        assertThat(withCookie.statusCode()).isEqualTo(200);

        var anonymous = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(ui("/api/v1/vacancies")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void downloadsJobDescriptionAsMarkdown() throws Exception {
        UUID vacancy = UUID.fromString(api.post(
                        "/api/v1/vacancies",
                        "{\"title\":\"Senior Backend Engineer\",\"language\":\"en\",\"mustHaveSkills\":[\"Java\"]}")
                .get("id")
                .asText());
        var started = send(HttpRequest.newBuilder(ui("/vacancies/" + vacancy + "/job-description"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("HX-Request", "true")
                .header("X-CSRF-Token", csrf())
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(started.body()).contains("hx-trigger=\"every 1s\"");
        UUID task = api.latestTask(vacancy, "JOB_DESCRIPTION");
        api.deliver(Results.JD, task, Results.jobDescription());

        var download = send(get("/tasks/" + task + "/job-description.md"));

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("text/markdown; charset=utf-8");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"senior-backend-engineer.md\"");
        assertThat(download.body()).startsWith("# Senior Backend Engineer").contains("rockstar");
    }

    @Test
    void showsACriterionsReasonBesideItsQuotesAndACriterionLeftUnscored() throws Exception {
        UUID vacancy = UUID.fromString(api.post(
                        "/api/v1/vacancies",
                        "{\"title\":\"Backend Engineer\",\"language\":\"en\",\"seniority\":\"senior\"}")
                .get("id")
                .asText());
        String boundary = "resume-" + UUID.randomUUID();
        var upload = send(HttpRequest.newBuilder(api.url().resolve("/api/v1/vacancies/" + vacancy + "/candidates"))
                .header("Authorization", "Bearer " + api.token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cv.txt\"\r\n"
                        + "Content-Type: text/plain\r\n\r\n2019 – present  Backend Engineer, Acme\r\n--" + boundary
                        + "--\r\n"))
                .build());
        assertThat(upload.statusCode()).isEqualTo(202);
        api.deliver(Results.EVALUATION, api.latestTask(vacancy, "RESUME_EVALUATION"), """
                {"score":100,"criteria":[{"name":"Years of experience","kind":"EXPERIENCE","weight":10,
                 "status":"MET","evidence":["2019 – present  Backend Engineer, Acme"],
                 "reason":"About 7.9 years of work from the dates; 5 wanted. <b>"}],
                 "flags":[{"type":"PROTECTED_TRAIT","detail":"The must-have criterion was not scored.","excerpt":"Male"}],
                 "summary":"ok","engine":{"name":"offline","fallback":false}}""");

        String table = send(get("/vacancies/" + vacancy + "/candidates")).body();

        assertThat(table)
                .contains("<p class=\"small text-body-secondary mb-1 reason\">About 7.9 years of work from the dates; 5"
                        + " wanted. &lt;b&gt;</p>")
                .contains("<q>2019 – present  Backend Engineer, Acme</q>")
                .contains("Criterion not scored");
    }

    @Test
    void printsTheStructuredInterviewKit() throws Exception {
        UUID vacancy = vacancy("Backend Engineer");
        api.post("/api/v1/vacancies/" + vacancy + "/interview-questions", "{\"count\":1}");
        UUID task = api.latestTask(vacancy, "INTERVIEW_QUESTIONS");
        api.deliver(Results.QUESTIONS, task, Results.structuredQuestions());

        var kit = send(get("/tasks/" + task + "/interview-kit"));

        assertThat(kit.statusCode()).isEqualTo(200);
        assertThat(kit.body())
                .contains("Tests: PostgreSQL (must-have)")
                .contains("Follow-up probes")
                .contains("What changes when the table is ten times larger?")
                .contains("Red flags")
                .contains("Adds an index to every column")
                .contains("Not assessed")
                .contains("anchors of its rubric");
    }

    @Test
    void saysHowSeriousEachWarningIsAndWhatWasDone() throws Exception {
        UUID vacancy = vacancy("Courier");
        api.post("/api/v1/vacancies/" + vacancy + "/job-description", "{}");
        UUID task = api.latestTask(vacancy, "JOB_DESCRIPTION");
        api.deliver(Results.JD, task, Results.checkedJobDescription());

        var page = send(get("/vacancies/" + vacancy));

        assertThat(page.body())
                .contains("Unlawful")
                .contains("Its sentence was left out of the text.")
                .contains("Hint")
                .contains("Replaced in the text with “experts”.");
    }

    private UUID vacancy(String title) {
        return UUID.fromString(api.post(
                        "/api/v1/vacancies",
                        "{\"title\":\"" + title + "\",\"language\":\"en\",\"mustHaveSkills\":[\"PostgreSQL\"]}")
                .get("id")
                .asText());
    }

    @Test
    void answersHealthProbes() throws Exception {
        assertThat(send(get("/health/liveness")).statusCode()).isEqualTo(200);
        assertThat(send(get("/health/readiness")).statusCode()).isEqualTo(200);
    }

    @Test
    void sendsVisitorsWithoutSessionToLogin() throws Exception {
        var response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(ui("/vacancies")).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/login");
    }

    private HttpRequest form(String path, String body, String csrf) {
        String full = csrf == null ? body : body + "&_csrf=" + enc(csrf);
        return HttpRequest.newBuilder(ui(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(full))
                .build();
    }

    private String csrf() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("hr_csrf"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
    }
}
