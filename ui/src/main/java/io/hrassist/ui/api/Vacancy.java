package io.hrassist.ui.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A vacancy as the API shows it. */
@Introspected
@JsonIgnoreProperties(ignoreUnknown = true)
public record Vacancy(
        UUID id,
        String title,
        String language,
        @Nullable String seniority,
        @Nullable String location,
        @Nullable String employmentType,
        @Nullable String workFormat,
        @Nullable List<String> mustHaveSkills,
        @Nullable List<String> niceToHaveSkills,
        @Nullable String brief,
        @Nullable Instant updatedAt,
        @Nullable Long version,
        @Nullable List<String> hiringManagers,
        @Nullable String status,
        @Nullable Instant contentChangedAt,
        @Nullable Long candidateCount) {

    public Vacancy {
        hiringManagers = hiringManagers == null ? List.of() : List.copyOf(hiringManagers);
        mustHaveSkills = mustHaveSkills == null ? List.of() : List.copyOf(mustHaveSkills);
        niceToHaveSkills = niceToHaveSkills == null ? List.of() : List.copyOf(niceToHaveSkills);
    }

    /** Closed, or archived (which is closed too). */
    public boolean closed() {
        return "CLOSED".equals(status) || archived();
    }

    public boolean archived() {
        return "ARCHIVED".equals(status);
    }

    /** The day of the last change, as {@code yyyy-mm-dd} (UTC). */
    public String updated() {
        return updatedAt == null ? "" : updatedAt.toString().substring(0, 10);
    }

    /** The must-have skills as one line. */
    public String mustHaveLine() {
        return String.join(", ", mustHaveSkills);
    }

    /** The nice-to-have skills as one line. */
    public String niceToHaveLine() {
        return String.join(", ", niceToHaveSkills);
    }
}
