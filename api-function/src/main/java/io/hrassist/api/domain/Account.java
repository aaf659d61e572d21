package io.hrassist.api.domain;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * A user account. {@code roles} is comma-separated (one role, or {@code ADMIN,RECRUITER} for the first admin);
 * {@code tokenVersion} is raised to end every session of the user; {@code failedLogins} and {@code lockedUntil}
 * throttle password guessing; an inactive user cannot sign in.
 */
public record Account(
        UUID id,
        String username,
        String passwordHash,
        String roles,
        Instant createdAt,
        int tokenVersion,
        int failedLogins,
        @Nullable Instant lockedUntil,
        @Nullable String displayName,
        boolean active) {}
