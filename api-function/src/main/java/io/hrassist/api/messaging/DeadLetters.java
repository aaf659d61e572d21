package io.hrassist.api.messaging;

import io.cloudevents.CloudEvent;
import io.hrassist.api.domain.RecordResult;
import io.hrassist.api.domain.RecordResult.Outcome;
import io.hrassist.api.domain.TaskKind;
import io.hrassist.api.domain.TaskStatus;
import jakarta.inject.Singleton;

/** An event that could not be delivered or handled ends its task (the event's subject) as failed with the reason. */
@Singleton
class DeadLetters {

    private final RecordResult recordResult;

    DeadLetters(RecordResult recordResult) {
        this.recordResult = recordResult;
    }

    void record(CloudEvent event, String reason) {
        recordResult.record(new Outcome(
                "dead-letter:" + event.getSource(),
                event.getId(),
                event.getSubject(),
                TaskKind.ofEventType(event.getType()).orElse(null),
                TaskStatus.FAILED,
                null,
                reason,
                null));
    }
}
