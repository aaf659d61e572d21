package io.hrassist.events.http;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.http.HttpMessageFactory;
import io.hrassist.events.EventTypes;
import io.hrassist.events.TaskFailed;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a received CloudEvent to the {@link CloudEventHandler} of its type and says how it went, whatever the transport:
 * the HTTP binding turns the {@link Outcome} into a response, the RabbitMQ binding into a publish and an ack.
 */
@Singleton
@Requires(bean = CloudEventHandler.class)
public class CloudEventDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(CloudEventDispatcher.class);

    private final Map<String, CloudEventHandler<?>> handlers;
    private final CloudEventReader reader;
    private final CloudEventResponses responses;

    CloudEventDispatcher(List<CloudEventHandler<?>> handlers, CloudEventReader reader, CloudEventResponses responses) {
        this.handlers = handlers.stream().collect(Collectors.toMap(CloudEventHandler::type, Function.identity()));
        this.reader = reader;
        this.responses = responses;
    }

    /** The event types this service accepts. */
    public Set<String> types() {
        return handlers.keySet();
    }

    public Outcome dispatch(CloudEvent event) {
        CloudEventHandler<?> handler = handlers.get(event.getType());
        if (handler == null) {
            return new Outcome.Rejected(
                    "Unsupported event type",
                    "This service accepts "
                            + String.join(", ", types().stream().sorted().toList()),
                    event.getType());
        }
        try {
            return handle(handler, event)
                    .<Outcome>map(reply -> new Outcome.Replied(responses.replyTo(event, reply)))
                    .orElseGet(Outcome.Accepted::new);
        } catch (InvalidEventException e) {
            return new Outcome.Rejected("Invalid event data", e.getMessage(), event.getType());
        } catch (UnprocessableEventException e) {
            var failed = new Reply(EventTypes.TASK_FAILED, new TaskFailed(e.reason(), e.getMessage()));
            return new Outcome.Replied(responses.replyTo(event, failed));
        } catch (RuntimeException e) {
            LOG.error("Handling {} {} failed", event.getType(), event.getId(), e);
            return new Outcome.Failed("The event could not be handled now; it may be retried.", event.getType());
        }
    }

    /**
     * Answers {@code sample} (the data of a {@code type} event) offline through the same reading (from binary-mode HTTP
     * headers), handler and reply writing as {@link #dispatch}, so that the first real event finds them loaded; false
     * if no handler warmed up.
     */
    boolean warmUp(String type, byte[] sample) {
        CloudEventHandler<?> handler = handlers.get(type);
        if (handler == null) {
            return false;
        }
        var headers = new HashMap<String, List<String>>();
        HttpMessageFactory.createWriter((name, value) -> headers.put(name, List.of(value)), body -> {})
                .writeBinary(CloudEventBuilder.v1()
                        .withId("warm-up")
                        .withSource(URI.create("/warm-up"))
                        .withType(type)
                        .withSubject("warm-up")
                        .withData("application/json", sample)
                        .build());
        CloudEvent event = reader.read(headers, sample);
        Optional<Reply> reply = warmUp(handler, event);
        reply.ifPresent(r -> responses.binary(responses.replyTo(event, r)));
        return reply.isPresent();
    }

    private <T> Optional<Reply> warmUp(CloudEventHandler<T> handler, CloudEvent event) {
        return handler.warmUp(reader.data(event, handler.dataType()));
    }

    private <T> Optional<Reply> handle(CloudEventHandler<T> handler, CloudEvent event) {
        T data = reader.data(event, handler.dataType());
        var incoming = new IncomingEvent<>(
                event.getId(),
                event.getSource(),
                event.getType(),
                event.getSubject(),
                data,
                CloudEventReader.extensions(event));
        return handler.handle(incoming);
    }

    /** How handling an event ended. */
    public sealed interface Outcome {

        /** Handled; {@code reply} is the event to send on. */
        record Replied(CloudEvent reply) implements Outcome {}

        /** Handled, nothing to send on. */
        record Accepted() implements Outcome {}

        /** The event is invalid for this service: retrying cannot help. */
        record Rejected(
                String title, String detail, @Nullable String eventType) implements Outcome {}

        /** Handling failed in a way a later retry may fix. */
        record Failed(String detail, String eventType) implements Outcome {}
    }
}
