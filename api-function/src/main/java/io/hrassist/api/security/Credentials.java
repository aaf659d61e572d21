package io.hrassist.api.security;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /login}. */
@Introspected
record Credentials(
        @NotBlank @Size(max = 100) String username,
        @NotBlank @Size(max = 200) String password) {}
