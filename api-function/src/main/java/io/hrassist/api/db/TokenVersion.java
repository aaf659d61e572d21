package io.hrassist.api.db;

import io.micronaut.core.annotation.Introspected;

/** A user's current token version: tokens issued with another version are no longer valid. */
@Introspected
public record TokenVersion(String username, int tokenVersion) {}
