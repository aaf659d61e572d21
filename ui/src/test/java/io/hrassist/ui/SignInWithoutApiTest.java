package io.hrassist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Signing in while the API is not there (starting from zero, or down): the page says the service cannot be reached,
 * with 502 as every page does then, not that the password is wrong.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInWithoutApiTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort(); // free again once closed: nothing listens there
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return Map.of("hr-assist.api.url", "http://127.0.0.1:" + closed, "hr-assist.secure-cookies", "false");
    }

    @Test
    void aMissingApiIsTheServicesTroubleNotAWrongPassword() throws Exception {
        var cookies = new CookieManager();
        var http = HttpClient.newBuilder().cookieHandler(cookies).build();
        http.send(
                HttpRequest.newBuilder(server.getURI().resolve("/login")).build(),
                HttpResponse.BodyHandlers.discarding());
        String csrf = UiTest.cookie(cookies, "hr_csrf");

        var answer = http.send(
                HttpRequest.newBuilder(server.getURI().resolve("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=admin&password=a+long+enough+password&_csrf=" + csrf))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode())
                .as("as every page answers an API it cannot reach")
                .isEqualTo(502);
        assertThat(answer.body())
                .contains("cannot reach its service right now")
                .doesNotContain(Bundle.text("en", "login.wrong"));
    }
}
