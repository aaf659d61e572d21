package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest
class AuthTest extends ApiTest {

    @Inject
    TokenGenerator tokens;

    @Test
    void loginIssuesABearerTokenThatOpensTheApi() {
        JsonNode login = client.toBlocking()
                .retrieve(
                        HttpRequest.POST("/login", Map.of("username", "admin", "password", ADMIN_PASSWORD)),
                        JsonNode.class);

        assertThat(login.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(login.get("expires_in").asInt()).isPositive();
        var list = HttpRequest.GET("/api/v1/vacancies")
                .bearerAuth(login.get("access_token").asText());
        assertThat(client.toBlocking().exchange(list).code()).isEqualTo(200);
    }

    @Test
    void rejectsWrongPasswordAndUnknownUser() {
        assertStatus(HttpRequest.POST("/login", Map.of("username", "admin", "password", "wrong password")), 401);
        assertStatus(HttpRequest.POST("/login", Map.of("username", "nobody", "password", ADMIN_PASSWORD)), 401);
    }

    @Test
    void rejectsRequestsWithoutToken() throws Exception {
        JsonNode problem = problem(HttpRequest.GET("/api/v1/vacancies"), 401);

        assertThat(problem.get("status").asInt()).isEqualTo(401);
    }

    @Test
    void rejectsForgedToken() {
        String forged = token().substring(0, token().lastIndexOf('.') + 1) + "c2lnbmF0dXJl";

        assertStatus(HttpRequest.GET("/api/v1/vacancies").bearerAuth(forged), 401);
        assertStatus(HttpRequest.GET("/api/v1/vacancies").bearerAuth("not.a.jwt"), 401);
    }

    @Test
    void rejectsExpiredToken() {
        long past = Instant.now().minusSeconds(3600).getEpochSecond();
        String expired = tokens.generateToken(
                        Map.of("sub", "admin", "roles", List.of("ADMIN"), "iat", past - 60, "exp", past))
                .orElseThrow();

        assertStatus(HttpRequest.GET("/api/v1/vacancies").bearerAuth(expired), 401);
    }

    @Test
    void leavesHealthOpen() {
        assertThat(client.toBlocking()
                        .exchange(HttpRequest.GET("/health/readiness"))
                        .code())
                .isEqualTo(200);
        assertThat(client.toBlocking()
                        .exchange(HttpRequest.GET("/health/liveness"))
                        .code())
                .isEqualTo(200);
    }

    private void assertStatus(io.micronaut.http.MutableHttpRequest<?> request, int status) {
        var error = org.junit.jupiter.api.Assertions.assertThrows(
                io.micronaut.http.client.exceptions.HttpClientResponseException.class,
                () -> client.toBlocking().exchange(request));
        assertThat(error.getStatus().getCode()).isEqualTo(status);
    }
}
