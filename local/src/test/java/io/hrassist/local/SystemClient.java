package io.hrassist.local;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** The tests' HTTP client of a running local system: logs in as admin, then calls the API with the token. */
final class SystemClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private String token;

    SystemClient(URI base, String adminPassword) throws IOException, InterruptedException {
        this.base = base;
        this.token = post("/login", "{\"username\":\"admin\",\"password\":\"" + adminPassword + "\"}")
                .get("access_token")
                .asText();
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        return send(authorized(path).GET().build(), 200);
    }

    /** {@code POST} of a JSON body; any 2xx answer. */
    JsonNode post(String path, String json) throws IOException, InterruptedException {
        return send(
                authorized(path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                0);
    }

    /** Uploads a resume file (its type left to the API to tell from the content); {@code 202}. */
    JsonNode upload(String vacancy, String name, String content) throws IOException, InterruptedException {
        String boundary = "hr-assist-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return send(
                authorized("/api/v1/vacancies/" + vacancy + "/candidates")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                202);
    }

    /** The task once it has ended; waits while it is pending or not known yet, fails after {@code within}. */
    JsonNode awaitEnded(String task, Duration within) {
        return await("task " + task + " ended")
                .atMost(within)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> taskView(task),
                        view -> view != null && !view.get("status").asText().equals("PENDING"));
    }

    /** The task's view, or null while the API does not know it (yet). */
    private JsonNode taskView(String task) throws IOException, InterruptedException {
        var response =
                http.send(authorized("/api/v1/tasks/" + task).GET().build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? MAPPER.readTree(response.body()) : null;
    }

    /** The status of an unauthenticated {@code GET}. */
    int status(String path) throws IOException, InterruptedException {
        return http.send(
                        HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private HttpRequest.Builder authorized(String path) {
        var builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    /** The JSON answer; fails unless it is {@code expected} (0: any 2xx). */
    private JsonNode send(HttpRequest request, int expected) throws IOException, InterruptedException {
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2 || (expected != 0 && response.statusCode() != expected)) {
            throw new AssertionError(request.method() + " " + request.uri() + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return MAPPER.readTree(response.body());
    }
}
