package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.hrassist.api.db.UserRepository;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sessions end when they should: at sign-out, when the user's token version is raised, never by a token minted alone. */
@MicronautTest(transactional = false)
class SessionTest extends ApiTest {

    @Inject
    UserRepository users;

    @Inject
    TokenGenerator tokens;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("hr-assist.sessions.refresh", "200ms");
    }

    @Test
    void signingOutEndsThatSessionAtOnceAndNoOther() throws Exception {
        String first = login();
        String second = login();
        assertThat(status(HttpRequest.GET("/api/v1/vacancies").bearerAuth(first)))
                .isEqualTo(200);

        assertThat(status(HttpRequest.POST("/logout", "").bearerAuth(first))).isEqualTo(204);

        problem(HttpRequest.GET("/api/v1/vacancies").bearerAuth(first), 401);
        assertThat(status(HttpRequest.GET("/api/v1/vacancies").bearerAuth(second)))
                .isEqualTo(200);
    }

    @Test
    void raisingTheTokenVersionEndsEverySessionOfTheUser() throws Exception {
        Users.create(users, "rotated-user", "rotated-user-password");
        String token = login("rotated-user", "rotated-user-password");
        assertThat(status(HttpRequest.GET("/api/v1/vacancies").bearerAuth(token)))
                .isEqualTo(200);

        Users.raiseTokenVersion("rotated-user");

        await("the session state refreshed")
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> problem(HttpRequest.GET("/api/v1/vacancies").bearerAuth(token), 401));
        assertThat(status(HttpRequest.GET("/api/v1/vacancies")
                        .bearerAuth(login("rotated-user", "rotated-user-password"))))
                .isEqualTo(200);
    }

    @Test
    void aValidlySignedTokenWithoutASessionIsRefused() throws Exception {
        long now = Instant.now().getEpochSecond();
        String sessionless = tokens.generateToken(
                        Map.of("sub", "admin", "roles", List.of("ADMIN"), "iat", now, "exp", now + 600))
                .orElseThrow();

        problem(HttpRequest.GET("/api/v1/vacancies").bearerAuth(sessionless), 401);
    }

    private String login() {
        return login("admin", ADMIN_PASSWORD);
    }

    private String login(String username, String password) {
        return client.toBlocking()
                .retrieve(
                        HttpRequest.POST("/login", Map.of("username", username, "password", password)), JsonNode.class)
                .get("access_token")
                .asText();
    }

    private int status(io.micronaut.http.MutableHttpRequest<?> request) {
        return client.toBlocking().exchange(request).code();
    }
}
