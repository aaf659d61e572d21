package io.hrassist.api.domain;

import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends a task with the result event that arrived for it, once, and only if the event really answers it ({@link
 * ResultCheck}): a redelivered event (same source and id) changes nothing, a second result for an ended task is ignored,
 * a result that does not answer its task is rejected, and a dead letter that does not is dropped. A result for a task
 * this service never created (another system sent the request to the broker), or the dead letter of such a request,
 * is recorded as an {@code EXTERNAL} task only when {@link ResultPolicy#externalTasks()} allows it. An event for a
 * task erased with its candidate ({@link ErasedTasks}) is dropped: what arrives late for an erased candidate is never
 * kept.
 */
@Singleton
public class RecordResult {

    private static final Logger LOG = LoggerFactory.getLogger(RecordResult.class);

    private final TaskStore tasks;
    private final Inbox inbox;
    private final ResultCheck check;
    private final ResultPolicy policy;
    private final ErasedTasks erased;
    private final KeepContact contacts;
    private final Clock clock;

    public RecordResult(
            TaskStore tasks,
            Inbox inbox,
            Outbox outbox,
            ResultPolicy policy,
            ErasedTasks erased,
            KeepContact contacts,
            Clock clock) {
        this.tasks = tasks;
        this.inbox = inbox;
        this.erased = erased;
        this.contacts = contacts;
        this.check = new ResultCheck(outbox.source());
        this.policy = policy;
        this.clock = clock;
    }

    /** The attributes of the event that arrived. */
    public record Delivery(
            String source,
            String eventId,
            String type,
            @Nullable String subject) {}

    /** What the event says happened to its task. */
    public sealed interface Outcome {

        Delivery delivery();

        /** The task produced {@code result}. */
        record Succeeded(Delivery delivery, Object result) implements Outcome {}

        /** The function could never process the request. */
        record Failed(Delivery delivery, String error) implements Outcome {}

        /** The broker gave up delivering the event (a request or a result) for the reason given. */
        record DeadLettered(Delivery delivery, String reason) implements Outcome {}
    }

    /**
     * Records {@code outcome}.
     *
     * @throws RejectedResultException when a result does not answer its task (never for a dead letter: one that does
     *     not is logged and dropped, so a rejected result cannot come back as a failure)
     */
    @Transactional
    public void record(Outcome outcome) {
        Delivery delivery = outcome.delivery();
        boolean deadLetter = outcome instanceof Outcome.DeadLettered;
        if (!inbox.firstDelivery((deadLetter ? "dead-letter:" : "") + delivery.source(), delivery.eventId())) {
            LOG.debug("Event {} from {} was handled before", delivery.eventId(), delivery.source());
            return;
        }
        UUID taskId = taskId(delivery);
        if (erased.erased(taskId)) {
            LOG.info("Task {} was erased with its candidate; event {} dropped", taskId, delivery.eventId());
            return;
        }
        Optional<Task> found = tasks.find(taskId);
        Optional<String> problem =
                found.map(task -> check.problem(task, outcome)).orElseGet(() -> unknownTask(taskId, outcome));
        if (problem.isPresent()) {
            if (deadLetter) {
                LOG.warn("Dead letter {} ({}) dropped: {}", delivery.eventId(), delivery.type(), problem.get());
                return;
            }
            throw new RejectedResultException(problem.get());
        }
        Task task = found.orElseGet(() -> external(taskId, outcome));
        if (found.isEmpty()) {
            tasks.create(task);
        }
        if (!complete(task, outcome)) {
            LOG.info("Task {} has already ended; event {} ignored", taskId, delivery.eventId());
        }
    }

    private boolean complete(Task task, Outcome outcome) {
        if (outcome instanceof Outcome.Succeeded succeeded) {
            if (!task.pending()) {
                return false;
            }
            Object result = contacts.separate(task, succeeded.result());
            return tasks.complete(task, new Task.Ending.Success(result, ResultCheck.score(result)));
        }
        if (outcome instanceof Outcome.Failed failed) {
            return tasks.complete(task, new Task.Ending.Failure(failed.error()));
        }
        return tasks.complete(task, new Task.Ending.Failure(((Outcome.DeadLettered) outcome).reason(), true));
    }

    private Optional<String> unknownTask(UUID taskId, Outcome outcome) {
        if (!policy.externalTasks()) {
            return Optional.of("No task " + taskId
                    + " is waiting for this event (results of other systems' requests are not recorded here)");
        }
        if (outcome instanceof Outcome.Failed
                || TaskKind.ofEventType(outcome.delivery().type()).isEmpty()) {
            return Optional.of("No task " + taskId + " is waiting for this event, and it names no kind of task");
        }
        return Optional.empty();
    }

    private Task external(UUID taskId, Outcome outcome) {
        TaskKind kind = TaskKind.ofEventType(outcome.delivery().type()).orElseThrow();
        return Task.external(taskId, kind, outcome.delivery().source(), clock.instant());
    }

    /** The subject is the task id; a subject that is no UUID (another system's naming) gets a stable one. */
    private static UUID taskId(Delivery delivery) {
        String subject = delivery.subject() == null ? delivery.source() + "/" + delivery.eventId() : delivery.subject();
        try {
            return UUID.fromString(subject);
        } catch (IllegalArgumentException e) {
            return UUID.nameUUIDFromBytes((delivery.source() + "\n" + subject).getBytes(StandardCharsets.UTF_8));
        }
    }
}
