package io.hrassist.api.messaging;

import io.cloudevents.CloudEvent;
import io.hrassist.api.domain.RecordResult;
import io.hrassist.api.domain.RecordResult.Delivery;
import io.hrassist.api.domain.RecordResult.Outcome;
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

    void record(CloudEvent event, String reason) {
        var delivery = new Delivery(event.getSource().toString(), event.getId(), event.getType(), event.getSubject());
        recordResult.record(new Outcome.DeadLettered(delivery, reason));
    }
}
