package io.hrassist.api.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.hrassist.events.binding.InvalidEventException;
import io.hrassist.events.http.CloudEventReader;
import io.hrassist.events.http.CloudEventResponses;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * {@code POST /dead-letters}: the dead-letter sink of every Trigger. An event that could not be delivered (retries
 * exhausted, or rejected with 4xx) ends its task as failed, with the reason the broker attached
 * ({@code knativeerrorcode}, {@code knativeerrordata}).
 */
@Controller("/dead-letters")
@Hidden
class DeadLetterController {

    private final CloudEventReader reader;
    private final CloudEventResponses responses;
    private final DeadLetters deadLetters;
    private final ObjectMapper mapper;

    DeadLetterController(
            CloudEventReader reader, CloudEventResponses responses, DeadLetters deadLetters, ObjectMapper mapper) {
        this.reader = reader;
        this.responses = responses;
        this.deadLetters = deadLetters;
        this.mapper = mapper;
    }

    @Post(consumes = MediaType.ALL, produces = MediaType.ALL)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<byte[]> deadLetter(HttpHeaders headers, @Nullable @Body byte[] body) {
        CloudEvent event;
        try {
            event = reader.read(headers, body);
        } catch (InvalidEventException e) {
            return responses.problem(HttpStatus.BAD_REQUEST, "Invalid CloudEvent", e.getMessage());
        }
        deadLetters.record(event, reason(event));
        return HttpResponse.accepted();
    }

    private String reason(CloudEvent event) {
        Object code = event.getExtension("knativeerrorcode");
        Object data = event.getExtension("knativeerrordata");
        var reason = new StringBuilder("Delivery of ").append(event.getType()).append(" failed");
        if (code != null) {
            reason.append(" (HTTP ").append(code).append(")");
        }
        String detail = detail(data);
        return detail == null
                ? reason.toString()
                : reason.append(": ").append(detail).toString();
    }

    /** The problem detail of the rejecting response, when the broker passed its body on. */
    private @Nullable String detail(@Nullable Object data) {
        if (data == null) {
            return null;
        }
        String text;
        try {
            text = new String(Base64.getDecoder().decode(data.toString()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            text = data.toString();
        }
        try {
            JsonNode problem = mapper.readTree(text);
            if (problem != null && problem.hasNonNull("detail")) {
                return problem.get("detail").asText();
            }
        } catch (IOException e) {
            // not JSON: use the text as it is
        }
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
