package io.hrassist.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.hrassist.api.db.UserRepository;
import io.hrassist.api.domain.Role;
import io.hrassist.events.EventType;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.multipart.MultipartBody;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** What the candidate tests share: uploads, results, team members with their own tokens, and the database itself. */
abstract class CandidateApiSupport extends ApiTest {

    static final String PASSWORD = "a long enough password for tests";

    @Inject
    UserRepository users;

    /** A team member signed in: their name and bearer token. */
    record Member(String username, String token) {}

    /** A new user of {@code role} signed in. */
    Member member(Role role) {
        String username = role.name().toLowerCase(Locale.ROOT) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        Users.create(users, username, PASSWORD, role);
        var login = HttpRequest.POST("/login", Map.of("username", username, "password", PASSWORD));
        String token = client.toBlocking()
                .retrieve(login, JsonNode.class)
                .get("access_token")
                .asText();
        return new Member(username, token);
    }

    /** Assigns a hiring manager to a vacancy, as the database holds it. */
    static void assign(Member manager, String vacancy) {
        update(
                "INSERT INTO vacancy_hiring_manager (vacancy_id, username) VALUES (?::uuid, ?)",
                vacancy,
                manager.username());
    }

    JsonNode upload(String vacancy, String name, byte[] content) {
        return client.toBlocking().retrieve(uploadRequest(vacancy, name, content), JsonNode.class);
    }

    MutableHttpRequest<MultipartBody> uploadRequest(String vacancy, String name, byte[] content) {
        var body = MultipartBody.builder()
                .addPart("file", name, MediaType.APPLICATION_OCTET_STREAM_TYPE, content)
                .build();
        return auth(HttpRequest.POST("/api/v1/vacancies/" + vacancy + "/candidates", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    /** Completes an evaluation: one criterion met that weighs {@code score} with {@code quote} as evidence. */
    void complete(String task, int score, String quote) {
        String data = ("{\"score\":%d,\"criteria\":[{\"name\":\"Java\",\"kind\":\"MUST_HAVE\",\"weight\":%d,"
                        + "\"status\":\"MET\",\"evidence\":[\"%s\"]},{\"name\":\"Go\",\"kind\":\"MUST_HAVE\","
                        + "\"weight\":%d,\"status\":\"MISSING\",\"evidence\":[]}],\"flags\":[],\"summary\":\"ok\","
                        + "\"engine\":{\"name\":\"offline\",\"fallback\":false}}")
                .formatted(score, score, quote, 100 - score);
        client.toBlocking().exchange(result(EventType.RESUME_EVALUATION_COMPLETED.name(), task, data));
    }

    static <T> MutableHttpRequest<T> as(Member member, MutableHttpRequest<T> request) {
        return request.bearerAuth(member.token());
    }

    JsonNode callAs(Member member, MutableHttpRequest<?> request) {
        return client.toBlocking().retrieve(as(member, request), JsonNode.class);
    }

    /** The rows {@code sql} returns, each as its columns' text. */
    static List<List<String>> rows(String sql, Object... parameters) {
        try (Connection connection = connect();
                var query = connection.prepareStatement(sql)) {
            bind(query, parameters);
            var rows = new ArrayList<List<String>>();
            try (var result = query.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    var row = new ArrayList<String>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(result.getString(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static int update(String sql, Object... parameters) {
        try (Connection connection = connect();
                var statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The audit entries about an object, oldest first: actor, action, detail. */
    static List<List<String>> audit(String objectId) {
        return rows("SELECT actor, action, detail FROM audit_event WHERE object_id = ? ORDER BY id", objectId);
    }

    private static void bind(java.sql.PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    private static Connection connect() throws SQLException {
        Map<String, String> db = TestPostgres.properties();
        return DriverManager.getConnection(
                db.get("datasources.default.url"),
                db.get("datasources.default.username"),
                db.get("datasources.default.password"));
    }
}
