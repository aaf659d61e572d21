package io.hrassist.api.domain;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/** A resume uploaded for a vacancy, with the task that evaluates it and, once done, its score and evaluation (JSON). */
public record Candidate(
        UUID id,
        UUID vacancyId,
        String fileName,
        String mediaType,
        int sizeBytes,
        String sha256,
        @Nullable UUID evaluationTaskId,
        Instant createdAt,
        @Nullable TaskStatus evaluationStatus,
        @Nullable Integer score,
        @Nullable String evaluation) {}
