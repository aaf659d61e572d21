package io.hrassist.api.db;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code app_user}; {@code roles} is comma-separated. */
@MappedEntity("app_user")
public record UserRow(@Id UUID id, String username, String passwordHash, String roles, Instant createdAt) {}
