package io.hrassist.ui;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/** Base of the tests that run the real UI (in this JVM) in front of the real API (a child process). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class UiTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    final TestApi api = TestApi.get();

    @Override
    public Map<String, String> getProperties() {
        // The tests talk plain http to 127.0.0.1, where Secure cookies would not come back; one proxy in front of the
        // UI names the client in X-Forwarded-For.
        return Map.of(
                "hr-assist.api.url",
                api.url().toString(),
                "hr-assist.secure-cookies",
                "false",
                "hr-assist.trusted-proxy-hops",
                "1");
    }

    URI ui(String path) {
        return server.getURI().resolve(path);
    }

    /** A browser of its own: keeps cookies, follows no redirects (the tests look at them). */
    final CookieManager cookies = new CookieManager();

    final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest get(String path) {
        return HttpRequest.newBuilder(ui(path)).build();
    }

    /** A form POST of {@code body} as it stands (CSRF field included or not). */
    HttpRequest formPost(String path, String body) {
        return HttpRequest.newBuilder(ui(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    static String cookie(CookieManager manager, String name) {
        return manager.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
