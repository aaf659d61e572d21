package io.hrassist.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.TestInstance;

/** Base of the API integration tests: real PostgreSQL, real HTTP, a logged-in admin. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiTest implements TestPropertyProvider {

    protected static final String ADMIN_PASSWORD = "correct horse battery staple";

    @Inject
    @Client("/")
    protected HttpClient client;

    @Inject
    protected ObjectMapper mapper;

    private String token;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(TestPostgres.properties());
        properties.put("hr-assist.admin.password", ADMIN_PASSWORD);
        properties.putAll(extraProperties());
        return properties;
    }

    protected Map<String, String> extraProperties() {
        return Map.of();
    }

    protected String token() {
        if (token == null) {
            var login = HttpRequest.POST("/login", Map.of("username", "admin", "password", ADMIN_PASSWORD));
            token = client.toBlocking()
                    .retrieve(login, JsonNode.class)
                    .get("access_token")
                    .asText();
        }
        return token;
    }

    protected <T> MutableHttpRequest<T> auth(MutableHttpRequest<T> request) {
        return request.bearerAuth(token());
    }

    protected JsonNode call(MutableHttpRequest<?> request) {
        return client.toBlocking().retrieve(auth(request), JsonNode.class);
    }

    /** The problem+json body of a request that must fail with {@code status}. */
    protected JsonNode problem(MutableHttpRequest<?> request, int status) throws Exception {
        var error = Assertions.assertThrows(
                HttpClientResponseException.class, () -> client.toBlocking().exchange(request, String.class));
        Assertions.assertEquals(
                status,
                error.getStatus().getCode(),
                () -> error.getResponse().getBody(String.class).orElse(""));
        Assertions.assertEquals(
                "application/problem+json",
                error.getResponse().getContentType().map(Object::toString).orElse(""));
        return mapper.readTree(error.getResponse().getBody(String.class).orElseThrow());
    }

    protected JsonNode createVacancy(String title, String... mustHave) {
        var body = Map.of(
                "title", title, "language", "en", "seniority", "senior", "mustHaveSkills", java.util.List.of(mustHave));
        return call(HttpRequest.POST("/api/v1/vacancies", body));
    }
}
