package io.hrassist.api.db;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code candidate}, with the resume document itself. */
@MappedEntity("candidate")
record CandidateRow(
        @Id UUID id,
        UUID vacancyId,
        String fileName,
        String mediaType,
        int sizeBytes,
        String sha256,
        byte[] document,
        @Nullable UUID evaluationTaskId,
        Instant createdAt,
        String stage,
        Instant updatedAt) {}
