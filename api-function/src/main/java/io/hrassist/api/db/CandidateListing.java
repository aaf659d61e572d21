package io.hrassist.api.db;

import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/** A candidate without the document, joined with its evaluation task. */
@Introspected
record CandidateListing(
        UUID id,
        UUID vacancyId,
        String fileName,
        String mediaType,
        int sizeBytes,
        String sha256,
        @Nullable UUID evaluationTaskId,
        Instant createdAt,
        @Nullable String status,
        @Nullable Integer score,
        @Nullable String evaluation,
        String stage,
        Instant updatedAt,
        @Nullable String contactName,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        @Nullable String contactLinks) {}
