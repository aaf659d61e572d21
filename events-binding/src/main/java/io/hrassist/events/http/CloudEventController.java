package io.hrassist.events.http;

import io.cloudevents.CloudEvent;
import io.hrassist.events.binding.CloudEventDispatcher;
import io.hrassist.events.binding.CloudEventDispatcher.Outcome;
import io.hrassist.events.binding.CloudEventHandler;
import io.hrassist.events.binding.InvalidEventException;
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

/**
 * {@code POST /}: receives a CloudEvent and answers with the reply event ({@code 200}), {@code 202} when there is none,
 * {@code 400} problem+json for an invalid event, and {@code 500} when handling failed in a way a retry may fix.
 */
@Controller
@Requires(bean = CloudEventHandler.class)
class CloudEventController {

    private final CloudEventDispatcher dispatcher;
    private final CloudEventReader reader;
    private final CloudEventResponses responses;

    CloudEventController(CloudEventDispatcher dispatcher, CloudEventReader reader, CloudEventResponses responses) {
        this.dispatcher = dispatcher;
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
        Outcome outcome = dispatcher.dispatch(event);
        if (outcome instanceof Outcome.Replied replied) {
            return responses.binary(replied.reply());
        }
        if (outcome instanceof Outcome.Rejected rejected) {
            return responses.problem(HttpStatus.BAD_REQUEST, rejected.title(), rejected.detail(), rejected.eventType());
        }
        if (outcome instanceof Outcome.Failed failed) {
            return responses.problem(
                    HttpStatus.INTERNAL_SERVER_ERROR, "Handling failed", failed.detail(), failed.eventType());
        }
        return HttpResponse.accepted();
    }
}
