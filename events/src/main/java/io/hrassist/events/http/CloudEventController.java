package io.hrassist.events.http;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.hrassist.events.EventTypes;
import io.hrassist.events.TaskFailed;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.annotation.Nullable;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /}: receives a CloudEvent, dispatches it by {@code type} to its {@link CloudEventHandler} and answers
 * with the reply event ({@code 200}), {@code 202} when there is none, {@code 400} problem+json for an invalid event,
 * and {@code 500} when handling failed in a way a retry may fix.
 */
@Controller
@Requires(bean = CloudEventHandler.class)
class CloudEventController {

    private static final Logger LOG = LoggerFactory.getLogger(CloudEventController.class);

    private final Map<String, CloudEventHandler<?>> handlers;
    private final CloudEventReader reader;
    private final CloudEventResponses responses;

    CloudEventController(List<CloudEventHandler<?>> handlers, CloudEventReader reader, CloudEventResponses responses) {
        this.handlers = handlers.stream().collect(Collectors.toMap(CloudEventHandler::type, Function.identity()));
        this.reader = reader;
        this.responses = responses;
    }

    @Post(uri = "/", consumes = MediaType.ALL, produces = MediaType.ALL)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<byte[]> receive(HttpHeaders headers, @Nullable @Body byte[] body) {
        CloudEvent event;
        try {
            event = reader.read(headers, body);
        } catch (InvalidEventException e) {
            return responses.problem(HttpStatus.BAD_REQUEST, "Invalid CloudEvent", e.getMessage());
        }
        CloudEventHandler<?> handler = handlers.get(event.getType());
        if (handler == null) {
            return responses.problem(
                    HttpStatus.BAD_REQUEST,
                    "Unsupported event type",
                    "This service accepts "
                            + String.join(
                                    ", ", handlers.keySet().stream().sorted().toList()),
                    event.getType());
        }
        try {
            return handle(handler, event)
                    .<HttpResponse<byte[]>>map(reply -> responses.binary(responses.replyTo(event, reply)))
                    .orElseGet(HttpResponse::accepted);
        } catch (InvalidEventException e) {
            return responses.problem(HttpStatus.BAD_REQUEST, "Invalid event data", e.getMessage(), event.getType());
        } catch (UnprocessableEventException e) {
            var failed = new Reply(EventTypes.TASK_FAILED, new TaskFailed(e.reason(), e.getMessage()));
            return responses.binary(responses.replyTo(event, failed));
        } catch (RuntimeException e) {
            LOG.error("Handling {} {} failed", event.getType(), event.getId(), e);
            return responses.problem(
                    HttpStatus.INTERNAL_SERVER_ERROR,
                    "Handling failed",
                    "The event could not be handled now; it may be retried.",
                    event.getType());
        }
    }

    /**
     * Answers {@code sample} (the data of a {@code type} event) offline through the same reading, handler and reply
     * writing as {@link #receive}, so that the first real event finds them loaded; false if no handler warmed up.
     */
    boolean warmUp(String type, byte[] sample) {
        CloudEventHandler<?> handler = handlers.get(type);
        if (handler == null) {
            return false;
        }
        CloudEvent event = CloudEventBuilder.v1()
                .withId("warm-up")
                .withSource(URI.create("/warm-up"))
                .withType(type)
                .withSubject("warm-up")
                .withData("application/json", sample)
                .build();
        Optional<Reply> reply = warmUp(handler, event);
        reply.ifPresent(r -> responses.binary(responses.replyTo(event, r)));
        return reply.isPresent();
    }

    private <T> Optional<Reply> warmUp(CloudEventHandler<T> handler, CloudEvent event) {
        return handler.warmUp(reader.data(event, handler.dataType()));
    }

    Set<String> types() {
        return handlers.keySet();
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
}
