package io.hrassist.api.domain;

import java.util.Collection;

/** The signed-in user a use case acts for: their name (as the audit log records it) and role. */
public record Actor(String username, Role role) {

    /** The actor of a token's subject and roles; the most powerful role wins if a token names several. */
    public static Actor of(String username, Collection<String> roles) {
        for (Role role : Role.values()) {
            if (roles.contains(role.name())) {
                return new Actor(username, role);
            }
        }
        throw new ForbiddenException("The user " + username + " has no role.");
    }

    public boolean is(Role other) {
        return role == other;
    }
}
