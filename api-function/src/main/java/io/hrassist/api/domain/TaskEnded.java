package io.hrassist.api.domain;

import java.time.Duration;

/**
 * A task of {@code kind} ended as {@code status} in the current transaction, {@code took} after it was created (told to
 * the metrics once it commits).
 */
public record TaskEnded(TaskKind kind, TaskStatus status, Duration took) {}
