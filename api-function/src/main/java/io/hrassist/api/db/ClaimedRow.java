package io.hrassist.api.db;

import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/** An outbox event claimed for delivery, with the trace context of the request that stored it, if one was traced. */
@Introspected
public record ClaimedRow(
        Long id,
        UUID eventId,
        String type,
        String source,
        String subject,
        byte[] data,
        int attempts,
        Instant createdAt,
        @Nullable String traceparent) {}
