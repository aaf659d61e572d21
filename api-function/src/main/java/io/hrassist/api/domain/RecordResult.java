package io.hrassist.api.domain;

import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends a task with the result event that arrived for it, once: a redelivered event (same source and id) changes
 * nothing, and a second result for an ended task is ignored. A result for a task this service never created (another
 * system sent the request to the broker) is recorded as an {@code EXTERNAL} task.
 */
@Singleton
public class RecordResult {

    private static final Logger LOG = LoggerFactory.getLogger(RecordResult.class);

    private final TaskStore tasks;
    private final Inbox inbox;
    private final Clock clock;

    public RecordResult(TaskStore tasks, Inbox inbox, Clock clock) {
        this.tasks = tasks;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** The event as far as this use case needs it. */
    public record Outcome(
            String source,
            String eventId,
            @Nullable String subject,
            @Nullable TaskKind kind,
            TaskStatus status,
            @Nullable Object result,
            @Nullable String error,
            @Nullable Integer score) {}

    @Transactional
    public void record(Outcome outcome) {
        if (!inbox.firstDelivery(outcome.source(), outcome.eventId())) {
            LOG.debug("Event {} from {} was handled before", outcome.eventId(), outcome.source());
            return;
        }
        UUID taskId = taskId(outcome);
        if (tasks.find(taskId).isEmpty()) {
            if (outcome.kind() == null) {
                LOG.warn(
                        "Failure event {} names no task known here ({}); nothing to record", outcome.eventId(), taskId);
                return;
            }
            var now = clock.instant();
            tasks.create(new Task(
                    taskId,
                    outcome.kind(),
                    TaskStatus.PENDING,
                    null,
                    null,
                    Task.ORIGIN_EXTERNAL,
                    outcome.source(),
                    null,
                    null,
                    null,
                    now,
                    now,
                    null));
        }
        if (!tasks.complete(taskId, outcome.status(), outcome.result(), outcome.error(), outcome.score())) {
            LOG.info("Task {} has already ended; result event {} ignored", taskId, outcome.eventId());
        }
    }

    /** The subject is the task id; a subject that is no UUID (another system's naming) gets a stable one. */
    private static UUID taskId(Outcome outcome) {
        String subject = outcome.subject() == null ? outcome.source() + "/" + outcome.eventId() : outcome.subject();
        try {
            return UUID.fromString(subject);
        } catch (IllegalArgumentException e) {
            return UUID.nameUUIDFromBytes(
                    (outcome.source() + "\n" + subject).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
