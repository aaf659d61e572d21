package io.hrassist.api.messaging;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * {@code POST /outbox/wake} (guarded like the event ingest, see IngestGuard): a Knative PingSource calls it every few
 * minutes, so an API scaled to zero still starts and delivers request events that waited out a broker outage. It only
 * runs the relay once; it takes no input.
 */
@Controller("/outbox/wake")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class OutboxWakeController {

    private final OutboxRelay relay;

    OutboxWakeController(OutboxRelay relay) {
        this.relay = relay;
    }

    @Post(consumes = MediaType.ALL)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<Void> wake() {
        relay.relay();
        return HttpResponse.accepted();
    }
}
