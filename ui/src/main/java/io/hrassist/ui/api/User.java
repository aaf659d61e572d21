package io.hrassist.ui.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/**
 * A user of the hiring team with their one role ({@code ADMIN}, {@code RECRUITER} or {@code HIRING_MANAGER}); no
 * {@code id} when listed for assignment as a hiring manager.
 */
@Introspected
@JsonIgnoreProperties(ignoreUnknown = true)
public record User(
        @Nullable UUID id, String username, @Nullable String displayName, String role, boolean active) {

    public static final List<String> ROLES = List.of("ADMIN", "RECRUITER", "HIRING_MANAGER");

    /** The display name, else the username. */
    public String name() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }

    public boolean admin() {
        return "ADMIN".equals(role);
    }

    /** Recruiters and admins (an admin is a recruiter too) create, change, decide and erase. */
    public boolean recruiter() {
        return admin() || "RECRUITER".equals(role);
    }

    public boolean hiringManager() {
        return "HIRING_MANAGER".equals(role);
    }
}
