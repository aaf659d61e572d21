package io.hrassist.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.api.domain.TaskKind;
import io.hrassist.events.EventIds;
import io.hrassist.events.fixtures.CloudEventRequests;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.TestInstance;

/** Base of the API integration tests: real PostgreSQL, real HTTP, a logged-in admin. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiTest implements TestPropertyProvider {

    protected static final String ADMIN_PASSWORD = "correct horse battery staple";
    protected static final String INGEST_TOKEN = "ingest-token-of-the-tests-0123456789";
    protected static final URI API_SOURCE = URI.create("/hr-assist/api-function");

    @Inject
    @Client("/")
    protected HttpClient client;

    @Inject
    protected ObjectMapper mapper;

    private String token;
    private Map<String, String> database;

    @Override
    public Map<String, String> getProperties() {
        if (database == null) {
            database = TestPostgres.isolated();
        }
        var properties = new HashMap<>(database);
        properties.put("hr-assist.admin.password", ADMIN_PASSWORD);
        properties.put("hr-assist.ingest.token", INGEST_TOKEN);
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

    /** A fresh token of {@code username}. */
    protected String signIn(String username, String password) {
        return client.toBlocking()
                .retrieve(
                        HttpRequest.POST("/login", Map.of("username", username, "password", password)), JsonNode.class)
                .get("access_token")
                .asText();
    }

    /** The status {@code request} is answered with, success or not. */
    protected int statusOf(MutableHttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    /** {@code request} to the event ingest with the broker's credentials. */
    protected <T> MutableHttpRequest<T> ingest(MutableHttpRequest<T> request) {
        return request.bearerAuth(INGEST_TOKEN);
    }

    /**
     * A result event for {@code task} as its function sends it: from the function of the task's kind, with the id that
     * function derives from the task's request event.
     */
    protected MutableHttpRequest<String> result(String type, String task, String data) {
        TaskRequest request = taskRequest(task);
        String id = EventIds.reply(API_SOURCE, request.eventId(), type);
        return ingest(CloudEventRequests.binary("/", id, request.kind().producer(), type, task, data));
    }

    /** The random id of the request event a task was started with, and the task's kind. */
    protected record TaskRequest(String eventId, TaskKind kind) {}

    protected TaskRequest taskRequest(String task) {
        Map<String, String> db = database;
        try (var connection = DriverManager.getConnection(
                        db.get("datasources.default.url"),
                        db.get("datasources.default.username"),
                        db.get("datasources.default.password"));
                var query = connection.prepareStatement("SELECT request_event_id, kind FROM task WHERE id = ?")) {
            query.setObject(1, UUID.fromString(task));
            try (var row = query.executeQuery()) {
                Assertions.assertTrue(row.next(), "task " + task + " exists");
                return new TaskRequest(row.getString(1), TaskKind.valueOf(row.getString(2)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
