package io.hrassist.api.domain;

/** A task of {@code kind} was created in the current transaction (told to the metrics once it commits). */
public record TaskStarted(TaskKind kind) {}
