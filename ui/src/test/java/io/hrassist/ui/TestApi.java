package io.hrassist.ui;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.EventIds;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The real Core API for the UI tests: the built {@code api-function.jar} as a child process on a free port, over a
 * fresh database, without a broker. Tests play the broker's part by posting result events to its ingest {@code POST /}.
 */
final class TestApi {

    static final String ADMIN_PASSWORD = "correct horse battery staple";
    static final String JWT_SECRET = "ui-test-secret-that-is-long-enough-for-hs256";
    static final String INGEST_TOKEN = "ui-test-ingest-token-0123456789";
    private static final Map<String, String> PRODUCERS = Map.of(
            "JOB_DESCRIPTION", "/hr-assist/jd-function",
            "INTERVIEW_QUESTIONS", "/hr-assist/questions-function",
            "RESUME_EVALUATION", "/hr-assist/resume-function");
    private static final Path JAR = Path.of("../api-function/target/api-function.jar");
    private static TestApi instance;

    private final URI url;
    private final TestDatabase db;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();
    private String token;

    private TestApi(URI url, TestDatabase db) {
        this.url = url;
        this.db = db;
    }

    static synchronized TestApi get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    URI url() {
        return url;
    }

    private static TestApi start() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath()
                    + " is missing: build with ./mvnw -pl ui -am verify so api-function is packaged");
        }
        TestDatabase db = TestDatabase.start();
        int port = freePort();
        Path log = Path.of("target/api-function-test-" + ProcessHandle.current().pid() + ".log");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var builder = new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1", "-jar", JAR.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        var env = builder.environment();
        env.remove("K_SINK");
        env.put("PORT", Integer.toString(port));
        env.put("HR_ASSIST_DB_URL", db.url());
        env.put("HR_ASSIST_DB_USER", db.user());
        env.put("HR_ASSIST_DB_PASSWORD", db.password());
        env.put("HR_ASSIST_JWT_SECRET", JWT_SECRET);
        env.put("HR_ASSIST_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("HR_ASSIST_INGEST_TOKEN", INGEST_TOKEN);
        env.put("HR_ASSIST_CLIENT_ADDRESS_HEADER", "X-HR-Assist-Client");
        try {
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            var api = new TestApi(URI.create("http://127.0.0.1:" + port), db);
            api.awaitReady(process, log);
            return api;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + JAR, e);
        }
    }

    private void awaitReady(Process process, Path log) throws IOException {
        try {
            await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("The API stopped at start:\n" + Files.readString(log));
                        }
                        return ready();
                    });
        } catch (ConditionTimeoutException e) {
            process.destroy();
            throw new IllegalStateException("The API was not ready in 120 s:\n" + Files.readString(log), e);
        }
    }

    private boolean ready() throws InterruptedException {
        try {
            return http.send(
                                    HttpRequest.newBuilder(url.resolve("/health/readiness"))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false; // not listening yet
        }
    }

    /** A token of the admin, for the calls a test makes around the UI. */
    synchronized String token() {
        if (token == null) {
            token = send("POST", "/login", "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}", null)
                    .get("access_token")
                    .asText();
        }
        return token;
    }

    JsonNode get(String path) {
        return send("GET", path, null, token());
    }

    JsonNode post(String path, String json) {
        return send("POST", path, json, token());
    }

    JsonNode put(String path, String json) {
        return send("PUT", path, json, token());
    }

    /** A call with another user's token. */
    JsonNode as(String token, String method, String path, String json) {
        return send(method, path, json, token);
    }

    /** Signs {@code username} in at the API; answers the token. */
    String login(String username, String password) {
        return send("POST", "/login", "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password), null)
                .get("access_token")
                .asText();
    }

    /** The status of a call, whatever it is (the others fail on anything but 2xx). */
    int status(String method, String path, String token) {
        var builder = HttpRequest.newBuilder(url.resolve(path)).header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return exchange(builder.method(method, HttpRequest.BodyPublishers.noBody())
                        .build())
                .statusCode();
    }

    /** A user made by the admin; answers its id. */
    UUID user(String username, String displayName, String role, String password) {
        return UUID.fromString(post("/api/v1/users", """
                        {"username":"%s","displayName":"%s","role":"%s","password":"%s"}
                        """.formatted(username, displayName, role, password))
                .get("id")
                .asText());
    }

    /** The newest task of a kind for a vacancy, waiting until the UI has created it. */
    UUID latestTask(UUID vacancy, String kind) {
        JsonNode tasks = await("a " + kind + " task for vacancy " + vacancy)
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> get("/api/v1/tasks?vacancyId=" + vacancy + "&kind=" + kind + "&limit=1"),
                        found -> !found.isEmpty());
        return UUID.fromString(tasks.get(0).get("id").asText());
    }

    /** Uploads a resume as a browser would, through the API's multipart endpoint; answers the new candidate. */
    JsonNode upload(UUID vacancy, String fileName, String text) {
        String boundary = "resume-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n";
        var request = HttpRequest.newBuilder(url.resolve("/api/v1/vacancies/" + vacancy + "/candidates"))
                .header("Authorization", "Bearer " + token())
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        var response = exchange(request);
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError("Upload of " + fileName + " → " + response.statusCode() + " " + response.body());
        }
        try {
            return mapper.readTree(response.body()).get("candidate");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Overwrites a task's stored result with {@code json}, behind the API's back. */
    void replaceResult(UUID task, String json) {
        db.replaceResult(task, json);
    }

    /** The data of the request event the API published for a task. */
    String requestData(UUID task) {
        return db.requestData(task);
    }

    /**
     * Delivers a result event to the API as the broker would: binary-mode CloudEvent at {@code POST /} with the ingest
     * token, from the task's function, with the id that function derives from the task's request event.
     */
    void deliver(String type, UUID task, String data) {
        TestDatabase.TaskRequest request = db.taskRequest(task);
        var event = HttpRequest.newBuilder(url.resolve("/"))
                .header("Authorization", "Bearer " + INGEST_TOKEN)
                .header("ce-specversion", "1.0")
                .header("ce-id", EventIds.reply(URI.create("/hr-assist/api-function"), request.eventId(), type))
                .header("ce-source", PRODUCERS.get(request.kind()))
                .header("ce-type", type)
                .header("ce-subject", task.toString())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(data))
                .build();
        var response = exchange(event);
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError("Ingest refused " + type + ": " + response.statusCode() + " " + response.body());
        }
    }

    private JsonNode send(String method, String path, String json, String bearer) {
        var builder = HttpRequest.newBuilder(url.resolve(path)).header("Accept", "application/json");
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        builder.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        var response = exchange(builder.build());
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError(method + " " + path + " → " + response.statusCode() + " " + response.body());
        }
        try {
            return mapper.readTree(response.body().isEmpty() ? "{}" : response.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
