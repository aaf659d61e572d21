package io.hrassist.api.domain;

import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hiring managers a vacancy is assigned to. Each one newly named must be an active user with the hiring manager
 * role; those already assigned stay even if deactivated since, so that editing a vacancy never fails over a name the
 * editor did not add.
 */
@Singleton
public class HiringManagers {

    private static final int MAX = 50;

    private final UserDirectory users;

    public HiringManagers(UserDirectory users) {
        this.users = users;
    }

    /** {@code requested} (null: none) without duplicates, in name order. */
    public List<String> checked(@Nullable List<String> requested, Collection<String> current) {
        var names = new TreeSet<String>();
        for (String name : requested == null ? List.<String>of() : requested) {
            if (name == null || name.isBlank()) {
                throw new InvalidRequestException("hiringManagers: an entry is empty");
            }
            names.add(name.strip());
        }
        if (names.size() > MAX) {
            throw new InvalidRequestException("hiringManagers: at most " + MAX + " per vacancy");
        }
        var added = new TreeSet<>(names);
        added.removeAll(current);
        Set<String> valid = added.isEmpty() ? Set.of() : users.activeHiringManagers(added);
        added.removeAll(valid);
        if (!added.isEmpty()) {
            throw new InvalidRequestException("hiringManagers: " + String.join(", ", added)
                    + (added.size() == 1 ? " is not an active hiring manager" : " are not active hiring managers"));
        }
        return List.copyOf(names);
    }
}
