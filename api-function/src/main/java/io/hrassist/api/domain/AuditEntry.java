package io.hrassist.api.domain;

import jakarta.annotation.Nullable;
import java.time.Instant;

/** One entry of the audit log; {@code detail} is a JSON object of ids, field names and stages. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        @Nullable String actor,
        String action,
        @Nullable String objectType,
        @Nullable String objectId,
        @Nullable String detail) {}
