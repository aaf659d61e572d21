package io.hrassist.api.security;

import io.hrassist.api.domain.Role;
import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/users}: a user with exactly one role. */
@Introspected
record NewUser(
        @NotNull @Pattern(regexp = USERNAME, message = USERNAME_RULE)
        String username,

        @NotNull String password,
        @NotNull Role role,
        @Nullable @Size(max = 200) String displayName) {

    /** Lower case, so that {@code Anna} and {@code anna} cannot be two people; e-mail addresses fit. */
    static final String USERNAME = "[a-z0-9][a-z0-9._@-]{2,63}";

    static final String USERNAME_RULE =
            "a username has 3 to 64 characters: lower-case letters, digits and . _ @ -, starting with a letter or digit";
}
