package io.hrassist.events.binding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.hrassist.events.EventIds;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Builds the reply events of this service: its {@code source}, the reply's type, schema and JSON data. */
@Singleton
public class CloudEventReplies {

    private final ObjectMapper objectMapper;
    private final URI source;

    CloudEventReplies(
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
     * The reply to {@code request}: same subject, its own type and source, an id derived from the request's source and
     * id ({@link EventIds#reply}), and in the request's trace when it carries one: the child of the span handling the
     * request when a tracer is attached ({@link EventSpans}), else a span id of its own ({@link Traceparent}).
     */
    public CloudEvent replyTo(CloudEvent request, Reply<?> reply) {
        String type = reply.type().name();
        String id = EventIds.reply(request.getSource(), request.getId(), type);
        var builder = CloudEventBuilder.v1();
        Object parent = request.getExtension(Traceparent.EXTENSION);
        EventSpans.current(parent)
                .or(() -> Traceparent.child(parent, id))
                .ifPresent(trace -> builder.withExtension(Traceparent.EXTENSION, trace));
        return builder.withId(id)
                .withSource(source)
                .withType(type)
                .withSubject(request.getSubject())
                .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                .withDataSchema(URI.create(reply.type().dataSchema()))
                .withDataContentType("application/json")
                .withData(json(reply.data()))
                .build();
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
