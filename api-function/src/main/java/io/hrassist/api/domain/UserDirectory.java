package io.hrassist.api.domain;

import java.util.Collection;
import java.util.Set;

/** Who the users are, as far as vacancies need to know. */
public interface UserDirectory {

    /** Those of {@code usernames} that are active users with the role {@link Role#HIRING_MANAGER}. */
    Set<String> activeHiringManagers(Collection<String> usernames);
}
