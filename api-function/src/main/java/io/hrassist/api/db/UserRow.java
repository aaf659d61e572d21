package io.hrassist.api.db;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * Row of {@code app_user}; {@code roles} is comma-separated (one role, or {@code ADMIN,RECRUITER} for the first admin);
 * {@code tokenVersion} is raised to end every session of the user; {@code failedLogins} and {@code lockedUntil}
 * throttle password guessing; an inactive user cannot sign in.
 */
@MappedEntity("app_user")
public record UserRow(
        @Id UUID id,
        String username,
        String passwordHash,
        String roles,
        Instant createdAt,
        int tokenVersion,
        int failedLogins,
        @Nullable Instant lockedUntil,
        @Nullable String displayName,
        boolean active) {}
