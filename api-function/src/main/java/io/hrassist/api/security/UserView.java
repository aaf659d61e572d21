package io.hrassist.api.security;

import io.hrassist.api.domain.Account;
import io.hrassist.api.domain.Role;
import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/** A user as the API shows them (never the password hash). */
@Introspected
record UserView(UUID id, String username, @Nullable String displayName, Role role, boolean active, Instant createdAt) {

    static UserView of(Account user) {
        return new UserView(
                user.id(),
                user.username(),
                user.displayName(),
                UserAccounts.role(user),
                user.active(),
                user.createdAt());
    }
}
