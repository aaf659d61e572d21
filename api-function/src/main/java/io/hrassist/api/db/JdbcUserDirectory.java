package io.hrassist.api.db;

import io.hrassist.api.domain.UserDirectory;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Set;

@Singleton
class JdbcUserDirectory implements UserDirectory {

    private final UserRepository users;

    JdbcUserDirectory(UserRepository users) {
        this.users = users;
    }

    @Override
    public Set<String> activeHiringManagers(Collection<String> usernames) {
        return Set.copyOf(users.activeWithRole(usernames, "HIRING_MANAGER"));
    }
}
