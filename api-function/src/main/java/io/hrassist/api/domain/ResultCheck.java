package io.hrassist.api.domain;

import io.hrassist.api.domain.RecordResult.Delivery;
import io.hrassist.api.domain.RecordResult.Outcome;
import io.hrassist.events.EventIds;
import io.hrassist.events.EventType;
import io.hrassist.events.ResumeEvaluated;
import jakarta.annotation.Nullable;
import java.net.URI;
import java.util.Optional;

/**
 * Whether an event really answers its task: its type belongs to the task's kind, it comes from the function that
 * answers that kind, its id is the one that function derives from the request this service sent ({@link
 * EventIds#reply}; a stranger who never saw the request cannot name it), and a score matches its criteria.
 */
final class ResultCheck {

    private final String requestSource;

    ResultCheck(String requestSource) {
        this.requestSource = requestSource;
    }

    /** Why {@code outcome} does not answer {@code task}, if it does not. */
    Optional<String> problem(Task task, Outcome outcome) {
        Delivery delivery = outcome.delivery();
        TaskKind kind = task.kind();
        boolean request = delivery.type().equals(kind.requestType());
        boolean result =
                delivery.type().equals(kind.resultType()) || delivery.type().equals(EventType.TASK_FAILED.name());
        if (!result && !(request && outcome instanceof Outcome.DeadLettered)) {
            return Optional.of(delivery.type() + " does not answer a " + kind + " task");
        }
        String expectedSource = request ? requestSource : kind.producer();
        if (!delivery.source().equals(expectedSource)) {
            return Optional.of("source " + delivery.source() + " may not answer a " + kind + " task (only "
                    + expectedSource + ")");
        }
        if (task.requestEventId() != null) {
            String requestId = task.requestEventId().toString();
            String expectedId =
                    request ? requestId : EventIds.reply(URI.create(requestSource), requestId, delivery.type());
            if (!delivery.eventId().equals(expectedId)) {
                return Optional.of("event " + delivery.eventId() + " does not answer the request of task " + task.id());
            }
        }
        return scoreProblem(outcome);
    }

    private static Optional<String> scoreProblem(Outcome outcome) {
        if (outcome instanceof Outcome.Succeeded succeeded
                && succeeded.result() instanceof ResumeEvaluated evaluation) {
            int computed = ResumeEvaluated.scoreOf(evaluation.criteria());
            if (computed != evaluation.score()) {
                return Optional.of(
                        "score " + evaluation.score() + " does not follow from its criteria (" + computed + ")");
            }
        }
        return Optional.empty();
    }

    /** The ranking score of a result, computed from its criteria, where the kind has one. */
    static @Nullable Integer score(Object result) {
        return result instanceof ResumeEvaluated evaluation ? ResumeEvaluated.scoreOf(evaluation.criteria()) : null;
    }
}
