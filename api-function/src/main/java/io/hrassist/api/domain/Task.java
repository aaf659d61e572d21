package io.hrassist.api.domain;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * A unit of generation work. {@code origin} is {@code API} for tasks this service created and {@code EXTERNAL} for
 * results that other systems' requests produced; {@code result} is the result event's data as JSON.
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
        @Nullable Instant completedAt) {

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
                null);
    }
}
