package io.hrassist.ui.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import java.util.UUID;

/**
 * A candidate of a vacancy with, once evaluated, the score, the whole evaluation and its rank by score among the
 * vacancy's candidates.
 */
@Introspected
@JsonIgnoreProperties(ignoreUnknown = true)
public record Candidate(
        UUID id,
        @Nullable String name,
        String fileName,
        @Nullable String stage,
        @Nullable UUID evaluationTaskId,
        @Nullable String evaluationStatus,
        @Nullable Integer score,
        @Nullable JsonNode evaluation,
        boolean stale,
        @Nullable Integer rank) {

    /** The person's name from the resume, else the file's name (as the API gives it). */
    public String shownName() {
        return name == null || name.isBlank() ? fileName : name;
    }
}
