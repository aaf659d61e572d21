package io.hrassist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Attacks on the UI over plain HTTP: sessions, headers, cookies and what it forwards to the API. */
@MicronautTest
class SecurityTest extends UiTest {

    private static final int UPLOAD_BYTES = 11 * 1024 * 1024 - 4096;

    @BeforeAll
    void signIn() throws Exception {
        send(get("/login"));
        var response = send(form("/login", "username=admin&password=" + enc(TestApi.ADMIN_PASSWORD)));
        assertThat(response.statusCode()).isEqualTo(303);
    }

    @Test
    void answersUploadWithBogusSessionBeforeTheBodyArrives() throws Exception {
        String status =
                sendHeadOnly("/vacancies/" + UUID.randomUUID() + "/resumes", "hr_session=bogus; hr_csrf=c", null);

        assertThat(status).matches("HTTP/1.1 303 .*");
    }

    @Test
    void answersForwardedUploadWithBogusSessionBeforeTheBodyArrives() throws Exception {
        String status = sendHeadOnly(
                "/api/v1/vacancies/" + UUID.randomUUID() + "/candidates", "hr_session=bogus; hr_csrf=c", "c");

        assertThat(status).matches("HTTP/1.1 401 .*");
    }

    @Test
    void answersAnonymousFormBeforeTheBodyArrives() throws Exception {
        String status = sendHeadOnly("/vacancies", "hr_csrf=c", null, "application/x-www-form-urlencoded");

        assertThat(status).matches("HTTP/1.1 303 .*");
    }

    @Test
    void refusesOversizedLoginFormBeforeTheBodyArrives() throws Exception {
        String status = sendHeadOnly("/login", "hr_csrf=c", null, "application/x-www-form-urlencoded");

        assertThat(status).matches("HTTP/1.1 413 .*");
    }

    @Test
    void logoutRevokesTheTokenAtTheApi() throws Exception {
        var own = new CookieManager();
        var browser = HttpClient.newBuilder()
                .cookieHandler(own)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        browser.send(get("/login"), HttpResponse.BodyHandlers.discarding());
        String csrf = cookie(own, "hr_csrf");
        browser.send(
                form("/login", "username=admin&password=" + enc(TestApi.ADMIN_PASSWORD) + "&_csrf=" + enc(csrf)),
                HttpResponse.BodyHandlers.discarding());
        String token = cookie(own, "hr_session");
        assertThat(apiStatus(token)).isEqualTo(200);

        var out = browser.send(form("/logout", "_csrf=" + enc(csrf)), HttpResponse.BodyHandlers.discarding());

        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(apiStatus(token)).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/vacancies", "/api/v1/vacancies", "/health/liveness", "/no-such-page"})
    void sendsSecurityHeadersOnEveryAnswer(String path) throws Exception {
        var headers = send(get(path)).headers();

        assertThat(headers.firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline", "unsafe-eval"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/vacancies", "/api/v1/vacancies"})
    void keepsSignedInAnswersOutOfCaches(String path) throws Exception {
        assertThat(send(get(path)).headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void letsStaticAssetsBeCached() throws Exception {
        assertThat(send(get("/assets/app.js")).headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).doesNotContain("no-store", "immutable"));
        var versioned = send(get("/webjars/bootstrap/5.3.8/css/bootstrap.min.css"));
        assertThat(versioned.statusCode()).isEqualTo(200);
        assertThat(versioned.headers().firstValue("Cache-Control"))
                .as("a versioned path never changes: kept a year without asking again")
                .hasValue("public, max-age=31536000, immutable");
    }

    @Test
    void ignoresClientSentForwardedProtoForCookies() throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(ui("/login"))
                                .header("X-Forwarded-Proto", "https")
                                .build(),
                        HttpResponse.BodyHandlers.discarding());

        assertThat(response.headers().allValues("Set-Cookie"))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c).doesNotContainIgnoringCase("secure"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "GET /api/../prometheus",
                "GET /api/v1/../../swagger/hr-assist-0.1.0.yml",
                "GET /api/%2e%2e/prometheus",
                "POST /api/../dead-letters",
                "POST /api/v1/..%2f..%2foutbox/wake",
                "GET /api/v2/anything",
                "TRACE /api/v1/vacancies",
                "PATCH /api/v1/vacancies"
            })
    void forwardsOnlyTheApiItself(String line) throws Exception {
        try (var socket = new Socket(ui("/").getHost(), ui("/").getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write((line + " HTTP/1.1\r\nHost: localhost\r\nCookie: hr_session=" + api.token()
                                    + "; hr_csrf=c\r\nX-CSRF-Token: c\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 404 ").contains("not forwarded");
        }
    }

    private String sendHeadOnly(String path, String cookie, String csrfHeader) throws IOException {
        return sendHeadOnly(path, cookie, csrfHeader, "multipart/form-data; boundary=b");
    }

    /** Sends the head of a large POST and one part header, then waits for the answer without sending the rest. */
    private String sendHeadOnly(String path, String cookie, String csrfHeader, String type) throws IOException {
        try (var socket = new Socket(ui("/").getHost(), ui("/").getPort())) {
            socket.setSoTimeout(10_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nCookie: " + cookie + "\r\n"
                    + (csrfHeader == null ? "" : "X-CSRF-Token: " + csrfHeader + "\r\n")
                    + "Content-Type: " + type + "\r\nContent-Length: " + UPLOAD_BYTES + "\r\n\r\n"
                    + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cv.txt\"\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    private int apiStatus(String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(api.url().resolve("/api/v1/vacancies?limit=1"))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private HttpRequest form(String path, String body) {
        return formPost(path, body.contains("_csrf=") ? body : body + "&_csrf=" + enc(cookie(cookies, "hr_csrf")));
    }
}
