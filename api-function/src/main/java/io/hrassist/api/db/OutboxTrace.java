package io.hrassist.api.db;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** Row of {@code outbox_trace}: the W3C trace context of the request that stored an outbox event. */
@MappedEntity("outbox_trace")
public record OutboxTrace(@Id Long outboxId, String traceparent) {}
