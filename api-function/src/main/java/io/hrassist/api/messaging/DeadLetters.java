package io.hrassist.api.messaging;

import io.cloudevents.CloudEvent;
import io.hrassist.api.domain.RecordResult;
import io.hrassist.api.domain.RecordResult.Delivery;
import io.hrassist.api.domain.RecordResult.Outcome;
import io.hrassist.events.binding.EventLogContext;
import io.hrassist.events.binding.EventSpans;
import jakarta.inject.Singleton;

/**
 * An event that could not be delivered or handled ends its task (the event's subject) as failed with the reason, if it
 * really is an event of that task; any other dead letter is dropped.
 */
@Singleton
class DeadLetters {

    private final RecordResult recordResult;

    DeadLetters(RecordResult recordResult) {
        this.recordResult = recordResult;
    }

    /** Records it with the event in the logging context and a span of its own, as the dispatcher handles events. */
    void record(CloudEvent event, String reason) {
        var delivery = new Delivery(event.getSource().toString(), event.getId(), event.getType(), event.getSubject());
        try (var logged = EventLogContext.of(event);
                var span = EventSpans.handling(event)) {
            recordResult.record(new Outcome.DeadLettered(delivery, reason));
        }
    }
}
