package io.hrassist.api.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A task of {@code kind} ended as {@code status} in the current transaction, {@code took} after it was created, and
 * whether because its event came back as a dead letter ({@code undelivered}); told to the metrics once it commits.
 */
public record TaskEnded(TaskKind kind, TaskStatus status, Duration took, boolean undelivered) {

    /** How {@code task} ends with {@code ending} at {@code now}. */
    public static TaskEnded of(Task task, Task.Ending ending, Instant now) {
        return ending instanceof Task.Ending.Failure failure
                ? new TaskEnded(
                        task.kind(), TaskStatus.FAILED, Duration.between(task.createdAt(), now), failure.undelivered())
                : new TaskEnded(task.kind(), TaskStatus.SUCCEEDED, Duration.between(task.createdAt(), now), false);
    }
}
