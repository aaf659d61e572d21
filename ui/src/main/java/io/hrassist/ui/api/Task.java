package io.hrassist.ui.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/** A generation task: {@code status} is PENDING, SUCCEEDED or FAILED; {@code result} is the result event's data. */
@Introspected
@JsonIgnoreProperties(ignoreUnknown = true)
public record Task(
        UUID id,
        String kind,
        String status,
        @Nullable UUID vacancyId,
        @Nullable JsonNode result,
        @Nullable String error,
        @Nullable Instant createdAt,
        boolean stale) {

    public boolean pending() {
        return "PENDING".equals(status);
    }

    public boolean succeeded() {
        return "SUCCEEDED".equals(status) && result != null;
    }
}
