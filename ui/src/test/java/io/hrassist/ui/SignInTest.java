package io.hrassist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Signing in over plain HTTP: back to the page asked for (never to another site), fields named when empty. */
@MicronautTest
class SignInTest extends UiTest {

    @Test
    void returnsToThePageAskedForAfterSigningIn() throws Exception {
        String page = "/vacancies/" + vacancy() + "?type=BEHAVIORAL";

        var asked = HttpClient.newHttpClient().send(get(page), HttpResponse.BodyHandlers.discarding());
        assertThat(asked.statusCode()).isEqualTo(303);
        String login = asked.headers().firstValue("Location").orElseThrow();
        assertThat(login).isEqualTo("/login?next=" + enc(page));
        assertThat(send(get(login)).body()).contains("name=\"next\" value=\"" + page.replace("&", "&amp;") + "\"");

        var signedIn = send(signIn(page));

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).hasValue(page);
    }

    @Test
    void htmxAskingWithoutSessionReturnsToItsPage() throws Exception {
        String page = "/vacancies/" + vacancy();
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(ui(page + "/candidates"))
                                .header("HX-Request", "true")
                                .header("HX-Current-URL", ui(page).toString())
                                .build(),
                        HttpResponse.BodyHandlers.discarding());

        assertThat(response.headers().firstValue("HX-Redirect")).hasValue("/login?next=" + enc(page));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//evil.example/",
                "/\\evil.example/",
                "/%2F%2Fevil.example/",
                "https://evil.example/",
                "http:/evil.example",
                "javascript:alert(1)",
                "/\t/evil.example",
                "/ /evil.example",
                "evil.example",
                "/login",
                "/api/v1/vacancies"
            })
    void neverSendsTheBrowserElsewhere(String next) throws Exception {
        assertThat(send(get("/login?next=" + enc(next))).body()).doesNotContain("name=\"next\"");

        var signedIn = send(signIn(next));

        assertThat(signedIn.headers().firstValue("Location")).hasValue("/vacancies");
        var language = send(get("/language?lang=en&back=" + enc(next)));
        assertThat(language.headers().firstValue("Location"))
                .hasValueSatisfying(target ->
                        assertThat(target).isIn("/", next.equals("/login") || next.startsWith("/api/") ? next : "/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void anEmptyFormNamesTheMissingFields(String lang) throws Exception {
        send(get("/login"));
        var response = send(HttpRequest.newBuilder(ui("/login"))
                .header("Accept-Language", lang)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "username=&password=&_csrf=" + enc(cookie(cookies, "hr_csrf"))))
                .build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("id=\"username-error\"", "id=\"password-error\"", "aria-invalid=\"true\"")
                .contains(lang.equals("en") ? "Enter your username." : "Введите имя пользователя.")
                .contains(lang.equals("en") ? "Enter your password." : "Введите пароль.")
                .doesNotContain("named below", "указано ниже");
    }

    @Test
    void aMissingPasswordNamesOnlyThePassword() throws Exception {
        send(get("/login"));
        var response = send(formPost("/login", "username=admin&password=&_csrf=" + enc(cookie(cookies, "hr_csrf"))));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("id=\"password-error\"").doesNotContain("id=\"username-error\"");
    }

    @Test
    void everySignedInPageIsKeptOutOfCaches() throws Exception {
        var own = new CookieManager();
        var browser = HttpClient.newBuilder()
                .cookieHandler(own)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        browser.send(get("/login"), HttpResponse.BodyHandlers.discarding());
        browser.send(
                formPost(
                        "/login",
                        "username=admin&password=" + enc(TestApi.ADMIN_PASSWORD) + "&_csrf="
                                + enc(cookie(own, "hr_csrf"))),
                HttpResponse.BodyHandlers.discarding());
        UUID vacancy = vacancy();
        api.post("/api/v1/vacancies/" + vacancy + "/interview-questions", "{\"count\":3}");
        UUID task = api.latestTask(vacancy, "INTERVIEW_QUESTIONS");
        for (String page : new String[] {
            "/vacancies",
            "/vacancies/new",
            "/vacancies/" + vacancy,
            "/vacancies/" + vacancy + "/edit",
            "/vacancies/" + vacancy + "/candidates",
            "/tasks/" + task + "/interview-questions",
            "/tasks/" + task + "/interview-kit",
            "/vacancies/" + UUID.randomUUID()
        }) {
            var response = browser.send(get(page), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(page).isIn(200, 404);
            assertThat(response.headers().firstValue("Cache-Control")).as(page).hasValue("no-store");
        }
    }

    private HttpRequest signIn(String next) throws Exception {
        cookies.getCookieStore().removeAll();
        send(get("/login"));
        return formPost(
                "/login",
                "username=admin&password=" + enc(TestApi.ADMIN_PASSWORD) + "&next=" + enc(next) + "&_csrf="
                        + enc(cookie(cookies, "hr_csrf")));
    }

    private UUID vacancy() {
        return UUID.fromString(api.post("/api/v1/vacancies", "{\"title\":\"Deep link\",\"language\":\"en\"}")
                .get("id")
                .asText());
    }
}
