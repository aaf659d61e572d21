package io.hrassist.jd.domain;

import java.util.Optional;

/** The roles the offline writer knows. */
public interface RoleCatalog {

    /** The role a vacancy title most likely names, if any is close enough. */
    Optional<Role> match(String title);

    /** How to draft the responsibilities of a title that matches no role. */
    DraftTemplate draftTemplate();
}
