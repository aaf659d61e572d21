package io.hrassist.api.db;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import jakarta.annotation.Nullable;
import java.time.Instant;

/** Row of {@code audit_event}; {@code detail} is a JSON object of ids, fields and stages (no personal data). */
@MappedEntity("audit_event")
public record AuditEventRow(
        @Id @GeneratedValue Long id,
        Instant occurredAt,
        @Nullable String actor,
        String action,
        @Nullable String objectType,
        @Nullable String objectId,
        @Nullable String detail) {}
