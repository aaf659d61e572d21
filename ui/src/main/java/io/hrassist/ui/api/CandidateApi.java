package io.hrassist.ui.api;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** One candidate at the Core API: read, decide, notes, interview feedback, evaluate again, erase. */
@Singleton
public class CandidateApi {

    private final ApiClient client;

    CandidateApi(ApiClient client) {
        this.client = client;
    }

    public CandidateDetail candidate(String token, UUID id) {
        return client.call(HttpRequest.GET(path(id, "")), token, Argument.of(CandidateDetail.class));
    }

    public FeedbackSheet feedback(String token, UUID id) {
        return client.call(HttpRequest.GET(path(id, "/feedback")), token, Argument.of(FeedbackSheet.class));
    }

    public void stage(String token, UUID id, String stage, @Nullable String reason) {
        var body = new HashMap<String, Object>();
        body.put("stage", stage);
        body.put("reason", reason);
        client.call(HttpRequest.PUT(path(id, "/stage"), body), token);
    }

    public void note(String token, UUID id, String text) {
        client.call(HttpRequest.POST(path(id, "/notes"), Map.of("text", text)), token);
    }

    /** The caller's feedback: {@code body} as the API takes it (kitId, ratings, recommendation, comment). */
    public void submitFeedback(String token, UUID id, Map<String, Object> body) {
        client.call(HttpRequest.PUT(path(id, "/feedback"), body), token);
    }

    public void reevaluate(String token, UUID id) {
        client.call(HttpRequest.POST(path(id, "/evaluations"), Map.of()), token);
    }

    public void erase(String token, UUID id) {
        client.call(HttpRequest.DELETE(path(id, "")), token);
    }

    private static String path(UUID id, String rest) {
        return ApiClient.V1 + "/candidates/" + id + rest;
    }
}
