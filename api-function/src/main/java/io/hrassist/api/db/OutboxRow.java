package io.hrassist.api.db;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code outbox_event}: an event and its delivery attempts so far. */
@MappedEntity("outbox_event")
public record OutboxRow(
        @Id @GeneratedValue @Nullable Long id,
        UUID eventId,
        String type,
        String source,
        String subject,
        byte[] data,
        int attempts,
        Instant nextAttemptAt,
        @Nullable String lastError,
        Instant createdAt) {}
