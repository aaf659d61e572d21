package io.hrassist.ui.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import java.time.Instant;

/** One entry of the audit log; no {@code actor} means the system itself. */
@Introspected
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuditEvent(
        long id,
        Instant occurredAt,
        @Nullable String actor,
        String action,
        @Nullable String objectType,
        @Nullable String objectId,
        @Nullable JsonNode detail) {

    /** The time as {@code yyyy-mm-dd hh:mm:ss} UTC. */
    public String time() {
        return Times.shown(occurredAt);
    }

    /** The detail as compact JSON, empty without one. */
    public String detailText() {
        return detail == null || detail.isNull() || detail.isEmpty() ? "" : detail.toString();
    }
}
