package io.hrassist.api.domain;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * An event waiting in the outbox, with its delivery attempts so far and the W3C trace context of the request that
 * stored it ({@code traceparent}, null when no tracer was attached).
 */
public record QueuedEvent(
        long id,
        UUID eventId,
        String type,
        String source,
        String subject,
        byte[] data,
        int attempts,
        Instant createdAt,
        @Nullable String traceparent) {}
