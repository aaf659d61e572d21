package io.hrassist.api.db;

import io.micronaut.core.annotation.Introspected;
import java.time.Instant;
import java.util.UUID;

/** When a task was started. */
@Introspected
record TaskStart(UUID id, Instant createdAt) {}
