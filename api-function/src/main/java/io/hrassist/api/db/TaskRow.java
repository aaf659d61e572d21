package io.hrassist.api.db;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code task}; {@code result} is the result event's data as JSON text. */
@MappedEntity("task")
record TaskRow(
        @Id UUID id,
        String kind,
        String status,
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
        @Nullable UUID requestEventId) {}
