package io.hrassist.api.messaging;

import io.hrassist.events.http.CloudEventResponses;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.annotation.Nullable;
import java.util.Optional;

/**
 * Guards the event ingest ({@code POST /}, {@code /dead-letters}, {@code /outbox/wake}) before a byte of the body is
 * read: only a sender that {@link SenderCheck} accepts gets in, and a result body is capped at {@code
 * hr-assist.ingest.max-result-bytes} (dead letters may carry a whole request, resume included, and keep the server's
 * limit).
 */
@ServerFilter(
        patterns = {"/", "/dead-letters", "/outbox/wake"},
        methods = HttpMethod.POST)
class IngestGuard {

    private final SenderCheck senders;
    private final CloudEventResponses responses;
    private final long maxResultBytes;

    IngestGuard(SenderCheck senders, CloudEventResponses responses, IngestSettings settings) {
        this.senders = senders;
        this.responses = responses;
        this.maxResultBytes = settings.maxResultBytes();
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> guard(HttpRequest<?> request) {
        Optional<String> refusal = senders.refusal(request.getHeaders().get(HttpHeaders.AUTHORIZATION));
        if (refusal.isPresent()) {
            return responses
                    .problem(HttpStatus.UNAUTHORIZED, "Sender not authenticated", refusal.get())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (request.getPath().equals("/")) {
            long length = request.getContentLength();
            if (length < 0) {
                return responses.problem(
                        HttpStatus.LENGTH_REQUIRED, "Length required", "A result event needs a Content-Length.");
            }
            if (length > maxResultBytes) {
                return responses.problem(
                        HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                        "Event too large",
                        "A result event may have at most " + maxResultBytes + " bytes; this one has " + length + ".");
            }
        }
        return null;
    }
}
