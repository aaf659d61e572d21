package io.hrassist.api.domain;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * A unit of generation work. {@code origin} is {@code API} for tasks this service created and {@code EXTERNAL} for
 * results that other systems' requests produced; {@code result} is the result event's data as JSON. {@code
 * requestEventId} is the random id of the request event this service sent: only a reply derived from it counts.
 */
public record Task(
        UUID id,
        TaskKind kind,
        TaskStatus status,
        @Nullable UUID vacancyId,
        @Nullable UUID candidateId,
        String origin,
        @Nullable String source,
        @Nullable String result,
        @Nullable String error,
        @Nullable Integer score,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant completedAt,
        @Nullable UUID requestEventId) {

    public static final String ORIGIN_API = "API";
    public static final String ORIGIN_EXTERNAL = "EXTERNAL";

    public static Task pending(
            UUID id, TaskKind kind, @Nullable UUID vacancyId, @Nullable UUID candidateId, Instant now) {
        return new Task(
                id,
                kind,
                TaskStatus.PENDING,
                vacancyId,
                candidateId,
                ORIGIN_API,
                null,
                null,
                null,
                null,
                now,
                now,
                null,
                UUID.randomUUID());
    }

    /** The request event that starts this task, with {@code data} as its data. */
    public OutgoingEvent request(Object data) {
        if (requestEventId == null) {
            throw new IllegalStateException("Task " + id + " was not created here and has no request event");
        }
        return new OutgoingEvent(requestEventId, kind.requestType(), id.toString(), data);
    }
}
