package io.hrassist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every error is one branded page in the reader's language for people, and problem+json like the API's for API and
 * JSON clients, whoever raised it: the API, the UI or the framework.
 */
@MicronautTest
class ErrorPagesTest extends UiTest {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final ObjectMapper mapper = new ObjectMapper();

    @BeforeAll
    void signIn() throws Exception {
        send(get("/login"));
        var response = send(formPost(
                "/login",
                "username=admin&password=" + enc(TestApi.ADMIN_PASSWORD) + "&_csrf="
                        + enc(cookie(cookies, "hr_csrf"))));
        assertThat(response.statusCode()).isEqualTo(303);
    }

    @ParameterizedTest
    @CsvSource({
        "en, /vacancies/00000000-0000-4000-8000-000000000000, 404, Not found",
        "ru, /vacancies/00000000-0000-4000-8000-000000000000, 404, Не найдено",
        "en, /no-such-page, 404, Not found",
        "ru, /no-such-page, 404, Не найдено",
        "en, /vacancies/not-an-id, 400, The request was not accepted",
        "ru, /vacancies/not-an-id, 400, Запрос не принят",
        "en, /test-errors/api/409, 409, Changed at the same time",
        "ru, /test-errors/api/409, 409, Изменено одновременно",
        "en, /test-errors/api/403, 403, Not allowed",
        "ru, /test-errors/api/403, 403, Действие запрещено",
        "en, /test-errors/crash, 500, Something went wrong",
        "ru, /test-errors/crash, 500, Что-то пошло не так",
    })
    void showsTheBrandedPageInTheReadersLanguage(String lang, String path, int status, String title) throws Exception {
        var response = send(page(path, lang));

        assertPage(response, status, title, lang);
        assertThat(response.body()).doesNotContain("\"view\"", "internal detail", "Failed to convert");
    }

    @Test
    void refusedFormWithoutTokenIsThePage() throws Exception {
        var response = send(HttpRequest.newBuilder(ui("/vacancies"))
                .header("Accept", BROWSER_ACCEPT)
                .header("Accept-Language", "ru")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("title=Forged&language=en"))
                .build());

        assertPage(response, 403, "Действие запрещено", "ru");
    }

    @Test
    void tooLargeFormIsThePage() throws Exception {
        var response = send(HttpRequest.newBuilder(ui("/login"))
                .header("Accept", BROWSER_ACCEPT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + "a".repeat(300 * 1024)))
                .build());

        assertPage(response, 413, "Too large", "en");
    }

    @Test
    void tooLargeUploadWithoutJavaScriptIsThePage() throws Exception {
        UUID vacancy = vacancy();
        var response = send(HttpRequest.newBuilder(ui("/vacancies/" + vacancy + "/resumes"))
                .header("Accept", BROWSER_ACCEPT)
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(10 * 1024 * 1024 + 512 * 1024)))
                .build());

        assertPage(response, 413, "Too large", "en");
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /api/v1/no-such-resource, 404",
        "PATCH, /api/v1/vacancies, 404",
        "DELETE, /api/v1/vacancies, 405",
        "GET, /api, 404",
    })
    void apiErrorsAreProblemJsonEvenForBrowsers(String method, String path, int status) throws Exception {
        var response = send(HttpRequest.newBuilder(ui(path))
                .header("Accept", BROWSER_ACCEPT)
                .header("X-CSRF-Token", cookie(cookies, "hr_csrf"))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build());

        assertProblem(response, status);
    }

    @Test
    void tooLargeForwardedUploadIsProblemJson() throws Exception {
        UUID vacancy = vacancy();
        var response = send(HttpRequest.newBuilder(ui("/api/v1/vacancies/" + vacancy + "/candidates"))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .header("X-CSRF-Token", cookie(cookies, "hr_csrf"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(10 * 1024 * 1024 + 512 * 1024)))
                .build());

        assertProblem(response, 413);
    }

    @Test
    void jsonClientsGetProblemJsonForPagesToo() throws Exception {
        var response = send(HttpRequest.newBuilder(ui("/no-such-page"))
                .header("Accept", "application/json")
                .build());

        JsonNode problem = assertProblem(response, 404);
        assertThat(problem.get("instance").asText()).isEqualTo("/no-such-page");
    }

    private void assertPage(HttpResponse<String> response, int status, String title, String lang) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.body())
                .contains("<html lang=\"" + lang + "\"")
                .contains("id=\"error-page\"")
                .contains("<h1 class=\"h3\" id=\"error-title\">" + title + "</h1>")
                .contains("class=\"app-header\"");
    }

    private JsonNode assertProblem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = mapper.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        return problem;
    }

    private HttpRequest page(String path, String lang) {
        return HttpRequest.newBuilder(ui(path))
                .header("Accept", BROWSER_ACCEPT)
                .header("Accept-Language", lang)
                .build();
    }

    private UUID vacancy() {
        return UUID.fromString(api.post("/api/v1/vacancies", "{\"title\":\"Error pages\",\"language\":\"en\"}")
                .get("id")
                .asText());
    }

    private static byte[] multipart(int size) {
        String head = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cv.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n";
        String tail = "\r\n--b--\r\n";
        byte[] body = new byte[head.length() + size + tail.length()];
        System.arraycopy(head.getBytes(), 0, body, 0, head.length());
        java.util.Arrays.fill(body, head.length(), head.length() + size, (byte) 'x');
        System.arraycopy(tail.getBytes(), 0, body, head.length() + size, tail.length());
        return body;
    }
}
