package io.hrassist.api.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.hrassist.api.domain.AuditEntry;
import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import java.time.Instant;

/** An audit entry as the API shows it; {@code detail} is a JSON object; no {@code actor} means the system itself. */
@Introspected
@JsonInclude(JsonInclude.Include.NON_NULL)
record AuditEventView(
        long id,
        Instant occurredAt,
        @Nullable String actor,
        String action,
        @Nullable String objectType,
        @Nullable String objectId,
        @Nullable @JsonRawValue String detail) {

    static AuditEventView of(AuditEntry e) {
        return new AuditEventView(
                e.id(), e.occurredAt(), e.actor(), e.action(), e.objectType(), e.objectId(), e.detail());
    }
}
