package io.hrassist.api.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.hrassist.api.domain.Task;
import io.hrassist.api.domain.TaskKind;
import io.hrassist.api.domain.TaskStatus;
import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * A task as the API shows it; {@code result} is the result event's data; {@code stale} when its vacancy's content
 * changed after the task was started (the result answers an earlier version of the vacancy).
 */
@Introspected
@JsonInclude(JsonInclude.Include.NON_NULL)
record TaskView(
        UUID id,
        TaskKind kind,
        TaskStatus status,
        @Nullable UUID vacancyId,
        @Nullable UUID candidateId,
        String origin,
        @Nullable @JsonRawValue String result,
        @Nullable String error,
        Instant createdAt,
        @Nullable Instant completedAt,
        boolean stale) {

    /** A task just started (so not stale). */
    static TaskView of(Task t) {
        return of(t, false);
    }

    static TaskView of(Task t, boolean stale) {
        return new TaskView(
                t.id(),
                t.kind(),
                t.status(),
                t.vacancyId(),
                t.candidateId(),
                t.originName(),
                t.result(),
                t.error(),
                t.createdAt(),
                t.completedAt(),
                stale);
    }

    /** Where the task can be polled. */
    String location() {
        return "/api/v1/tasks/" + id;
    }
}
