package io.hrassist.events.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every error a service answers is {@code application/problem+json} (RFC 9457), the framework's own (404, 405, 413,
 * 415, …) too: {@code title} from the status,
 * {@code detail} saying what was wrong, and {@code errors} listing each problem when there are several (validation).
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
class ProblemResponses implements ErrorResponseProcessor<Map<String, Object>> {

    @Override
    public MutableHttpResponse<Map<String, Object>> processResponse(
            ErrorContext context, MutableHttpResponse<?> response) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        body.put("title", response.getStatus().getReason());
        body.put("status", response.code());
        List<String> messages =
                context.getErrors().stream().map(Error::getMessage).toList();
        if (response.code() >= 500) {
            // Internal details stay in the log, not in the answer.
            messages = List.of(
                    "The server could not handle the request. Try again later; if it persists, tell the operators.");
        }
        if (!messages.isEmpty()) {
            body.put("detail", String.join("; ", messages));
        }
        if (messages.size() > 1) {
            body.put("errors", messages);
        }
        body.put("instance", context.getRequest().getPath());
        return response.contentType(CloudEventResponses.PROBLEM_JSON).body(body);
    }
}
