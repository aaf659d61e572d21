package io.hrassist.events.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.http.HttpMessageFactory;
import io.hrassist.events.EventIds;
import io.hrassist.events.EventTypes;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;

/** Builds binary-mode reply events and problem+json errors. */
@Singleton
public class CloudEventResponses {

    public static final String PROBLEM_JSON = "application/problem+json";

    private final ObjectMapper objectMapper;
    private final URI source;

    CloudEventResponses(
            ObjectMapper objectMapper,
            @Value("${hr-assist.cloudevents.source:}") String source,
            @Value("${micronaut.application.name:hr-assist}") String applicationName) {
        this.objectMapper = objectMapper;
        this.source = URI.create(source.isBlank() ? "/hr-assist/" + applicationName : source);
    }

    /** This service's {@code source} attribute. */
    public URI source() {
        return source;
    }

    /**
     * The reply to {@code request}: same subject, its own type and source, and an id derived from the request's source
     * and id ({@link EventIds#reply}).
     */
    public CloudEvent replyTo(CloudEvent request, Reply reply) {
        return CloudEventBuilder.v1()
                .withId(EventIds.reply(request.getSource(), request.getId(), reply.type()))
                .withSource(source)
                .withType(reply.type())
                .withSubject(request.getSubject())
                .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                .withDataSchema(URI.create(EventTypes.dataSchema(reply.type())))
                .withDataContentType("application/json")
                .withData(json(reply.data()))
                .build();
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
