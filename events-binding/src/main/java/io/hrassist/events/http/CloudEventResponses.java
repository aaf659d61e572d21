package io.hrassist.events.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.http.HttpMessageFactory;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;

/** Writes events as binary-mode HTTP responses, and problem+json errors. */
@Singleton
public class CloudEventResponses {

    public static final String PROBLEM_JSON = "application/problem+json";

    private final ObjectMapper objectMapper;

    CloudEventResponses(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public MutableHttpResponse<byte[]> binary(CloudEvent event) {
        MutableHttpResponse<byte[]> response = HttpResponse.ok();
        HttpMessageFactory.createWriter(response::header, body -> response.body(body))
                .writeBinary(event);
        return response;
    }

    public MutableHttpResponse<byte[]> problem(HttpStatus status, String title, String detail) {
        return problem(status, title, detail, null);
    }

    public MutableHttpResponse<byte[]> problem(
            HttpStatus status, String title, String detail, @Nullable String eventType) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status.getCode());
        body.put("detail", detail);
        if (eventType != null) {
            body.put("eventType", eventType);
        }
        return HttpResponse.<byte[]>status(status).contentType(PROBLEM_JSON).body(json(body));
    }

    private byte[] json(Object value) {
        try {
            return objectMapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
