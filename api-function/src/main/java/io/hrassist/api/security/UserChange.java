package io.hrassist.api.security;

import io.hrassist.api.domain.Role;
import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code PUT /api/v1/users/{id}}: what to change; a field left out stays as it is, an empty {@code
 * displayName} removes it, a {@code password} sets a new one.
 */
@Introspected
record UserChange(
        @Nullable Role role,
        @Nullable @Size(max = 200) String displayName,
        @Nullable Boolean active,
        @Nullable String password) {

    static UserChange deactivation() {
        return new UserChange(null, null, false, null);
    }
}
