package io.hrassist.api.security;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;

/** Body of {@code PUT /api/v1/me/password}. */
@Introspected
record PasswordChange(@NotNull String oldPassword, @NotNull String newPassword) {}
