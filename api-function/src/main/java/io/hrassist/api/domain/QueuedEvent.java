package io.hrassist.api.domain;

import java.time.Instant;
import java.util.UUID;

/** An event waiting in the outbox, with its delivery attempts so far. */
public record QueuedEvent(
        long id,
        UUID eventId,
        String type,
        String source,
        String subject,
        byte[] data,
        int attempts,
        Instant createdAt) {}
