package io.hrassist.api.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A problem+json answer with members beyond RFC 9457's standard ones (such as a duplicate's {@code candidateId}), for
 * the handlers whose clients need them; a plain problem goes through {@link ProblemHandler}.
 */
final class ProblemBody {

    private ProblemBody() {}

    static MutableHttpResponse<Map<String, Object>> of(
            HttpRequest<?> request, HttpStatus status, String title, String detail, Map<String, Object> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status.getCode());
        body.put("detail", detail);
        body.put("instance", request.getPath());
        body.putAll(extensions);
        return HttpResponse.<Map<String, Object>>status(status)
                .contentType("application/problem+json")
                .body(body);
    }
}
