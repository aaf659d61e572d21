package io.hrassist.events.binding;

import io.cloudevents.CloudEvent;
import io.hrassist.events.EventType;
import io.hrassist.events.TaskFailed;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
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
    private final CloudEventData data;
    private final CloudEventReplies replies;

    CloudEventDispatcher(List<CloudEventHandler<?>> handlers, CloudEventData data, CloudEventReplies replies) {
        this.handlers = handlers.stream()
                .collect(Collectors.toMap(handler -> handler.type().name(), Function.identity()));
        this.data = data;
        this.replies = replies;
    }

    /** The event types this service accepts. */
    public Set<String> types() {
        return handlers.keySet();
    }

    /**
     * Handles {@code event}, its names in the logging MDC ({@link EventLogContext}) and a span of its own current
     * ({@link EventSpans}) meanwhile.
     */
    public Outcome dispatch(CloudEvent event) {
        try (var logged = EventLogContext.of(event);
                var span = EventSpans.handling(event)) {
            Outcome outcome = handled(event);
            if (outcome instanceof Outcome.Rejected rejected) {
                span.failed(rejected.title());
            } else if (outcome instanceof Outcome.Failed) {
                span.failed("Handling failed; the event may be retried");
            }
            return outcome;
        }
    }

    private Outcome handled(CloudEvent event) {
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
                    .<Outcome>map(reply -> new Outcome.Replied(replies.replyTo(event, reply)))
                    .orElseGet(Outcome.Accepted::new);
        } catch (InvalidEventException e) {
            return new Outcome.Rejected("Invalid event data", e.getMessage(), event.getType());
        } catch (UnprocessableEventException e) {
            var failed = new Reply<>(EventType.TASK_FAILED, new TaskFailed(e.reason(), e.getMessage()));
            return new Outcome.Replied(replies.replyTo(event, failed));
        } catch (RuntimeException e) {
            LOG.error("Handling {} {} failed", event.getType(), event.getId(), e);
            return new Outcome.Failed("The event could not be handled now; it may be retried.", event.getType());
        }
    }

    /**
     * Answers {@code event} offline through the same data binding, handler and reply building as {@link #dispatch}, so
     * that the first real event finds them loaded; empty if no handler warmed up.
     */
    public Optional<CloudEvent> warmUp(CloudEvent event) {
        CloudEventHandler<?> handler = handlers.get(event.getType());
        return handler == null ? Optional.empty() : warmUp(handler, event).map(reply -> replies.replyTo(event, reply));
    }

    private <T> Optional<Reply<?>> warmUp(CloudEventHandler<T> handler, CloudEvent event) {
        return handler.warmUp(data.data(event, handler.type().dataType()));
    }

    private <T> Optional<Reply<?>> handle(CloudEventHandler<T> handler, CloudEvent event) {
        T bound = data.data(event, handler.type().dataType());
        var incoming = new IncomingEvent<>(
                event.getId(),
                event.getSource(),
                event.getType(),
                event.getSubject(),
                bound,
                CloudEventData.extensions(event));
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
