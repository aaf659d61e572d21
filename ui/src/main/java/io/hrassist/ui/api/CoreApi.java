package io.hrassist.ui.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.http.uri.UriBuilder;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Blocking calls to the Core API with the user's token; call it from the blocking pool only. */
@Singleton
public class CoreApi {

    private static final String V1 = ApiClient.V1;

    private final ApiClient client;

    /** The header naming the client that signs in (the API's {@code HR_ASSIST_CLIENT_ADDRESS_HEADER}). */
    public static final String CLIENT_ADDRESS_HEADER = "X-HR-Assist-Client";

    CoreApi(ApiClient client) {
        this.client = client;
    }

    /**
     * Logs in on behalf of the client at {@code clientAddress}; answers the access token, or throws {@link ApiProblem}
     * with status 401 for wrong credentials (429 when the API throttles that client or account).
     */
    public String login(String username, String password, String clientAddress) {
        var request = HttpRequest.POST("/login", Map.of("username", username, "password", password))
                .header(CLIENT_ADDRESS_HEADER, clientAddress);
        JsonNode body = send(request, Argument.of(JsonNode.class), true);
        return body.path("access_token").asText();
    }

    /** Ends the token's session at the API; a token already dead is fine. */
    public void logout(String token) {
        try {
            client.http().toBlocking().exchange(HttpRequest.POST("/logout", "").bearerAuth(token));
        } catch (HttpClientResponseException e) {
            if (e.getStatus() != HttpStatus.UNAUTHORIZED) {
                throw client.refusal(e, true);
            }
        } catch (HttpClientException e) {
            throw new ApiProblem(0, e.getMessage());
        }
    }

    /** A page of the vacancy list, with the number of matches the API counts in {@code X-Total-Count}. */
    public VacancyList.Page vacancies(String token, VacancyList asked) {
        var uri = UriBuilder.of(V1 + "/vacancies")
                .queryParam("offset", asked.offset())
                .queryParam("limit", VacancyList.PAGE_SIZE)
                .queryParam("sort", asked.sort());
        if (!asked.q().isEmpty()) {
            uri.queryParam("q", asked.q());
        }
        if (!asked.status().isEmpty()) {
            uri.queryParam("status", asked.status());
        }
        var response = client.exchange(HttpRequest.GET(uri.build()), token, Argument.listOf(Vacancy.class));
        List<Vacancy> vacancies = response.getBody().orElse(List.of());
        long total = response.getHeaders().get("X-Total-Count", Long.class).orElse((long) vacancies.size());
        return new VacancyList.Page(asked, vacancies, total);
    }

    public Vacancy vacancy(String token, UUID id) {
        return send(auth(HttpRequest.GET(V1 + "/vacancies/" + id), token), Argument.of(Vacancy.class), false);
    }

    public Vacancy create(String token, VacancyForm form) {
        return send(auth(HttpRequest.POST(V1 + "/vacancies", form), token), Argument.of(Vacancy.class), false);
    }

    public Vacancy replace(String token, UUID id, VacancyForm form) {
        var request = HttpRequest.PUT(V1 + "/vacancies/" + id, form);
        return send(auth(request, token), Argument.of(Vacancy.class), false);
    }

    /** Deletes the vacancy; the API erases its candidates with it. */
    public void delete(String token, UUID id) {
        client.call(HttpRequest.DELETE(V1 + "/vacancies/" + id), token);
    }

    public Task requestJobDescription(String token, UUID vacancy) {
        var request = HttpRequest.POST(V1 + "/vacancies/" + vacancy + "/job-description", Map.of());
        return send(auth(request, token), Argument.of(Task.class), false);
    }

    public Task requestQuestions(String token, UUID vacancy, int count, List<String> types) {
        var body = types.isEmpty() ? Map.of("count", count) : Map.of("count", count, "types", types);
        var request = HttpRequest.POST(V1 + "/vacancies/" + vacancy + "/interview-questions", body);
        return send(auth(request, token), Argument.of(Task.class), false);
    }

    public Task task(String token, UUID id) {
        return send(auth(HttpRequest.GET(V1 + "/tasks/" + id), token), Argument.of(Task.class), false);
    }

    /** The newest task of a kind for a vacancy, if any. */
    public @Nullable Task latestTask(String token, UUID vacancy, String kind) {
        var uri = UriBuilder.of(V1 + "/tasks")
                .queryParam("vacancyId", vacancy)
                .queryParam("kind", kind)
                .queryParam("limit", 1)
                .build();
        List<Task> tasks = send(auth(HttpRequest.GET(uri), token), Argument.listOf(Task.class), false);
        return tasks.isEmpty() ? null : tasks.get(0);
    }

    /** The vacancy's candidates that {@code filter} asks for, in its order, each with its rank by score. */
    public List<Candidate> candidates(String token, UUID vacancy, CandidateFilter filter) {
        var request = HttpRequest.GET(V1 + "/vacancies/" + vacancy + "/candidates" + filter.query());
        return send(auth(request, token), Argument.listOf(Candidate.class), false);
    }

    public void upload(String token, UUID vacancy, String fileName, byte[] content) {
        var body = MultipartBody.builder()
                .addPart("file", fileName, MediaType.APPLICATION_OCTET_STREAM_TYPE, content)
                .build();
        var request = HttpRequest.POST(V1 + "/vacancies/" + vacancy + "/candidates", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
        send(auth(request, token), Argument.of(JsonNode.class), false);
    }

    public void reevaluate(String token, UUID vacancy) {
        var request = HttpRequest.POST(V1 + "/vacancies/" + vacancy + "/candidates/evaluations", Map.of());
        send(auth(request, token), Argument.of(JsonNode.class), false);
    }

    /** Closes ({@code CLOSED}) or reopens ({@code OPEN}) a vacancy. */
    public void status(String token, UUID vacancy, String status) {
        client.call(HttpRequest.PUT(V1 + "/vacancies/" + vacancy + "/status", Map.of("status", status)), token);
    }

    private static <B> MutableHttpRequest<B> auth(MutableHttpRequest<B> request, String token) {
        return request.bearerAuth(token).accept(MediaType.APPLICATION_JSON_TYPE);
    }

    private <T> T send(MutableHttpRequest<?> request, Argument<T> type, boolean login) {
        return client.send(request, type, login);
    }
}
