package io.hrassist.ui.api;

import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import java.util.List;

/**
 * Body of a vacancy create or replace, as the API takes it: a replace carries the {@code version} it was edited from, so
 * that a change made meanwhile is not overwritten (the API answers {@code 409}).
 */
@Introspected
public record VacancyForm(
        String title,
        String language,
        @Nullable String seniority,
        @Nullable String location,
        @Nullable String employmentType,
        @Nullable String workFormat,
        List<String> mustHaveSkills,
        List<String> niceToHaveSkills,
        @Nullable String brief,
        @Nullable Long version,
        List<String> hiringManagers) {

    /** The must-have skills as the comma-separated field value. */
    public String mustHaveLine() {
        return String.join(", ", mustHaveSkills);
    }

    /** The nice-to-have skills as the comma-separated field value. */
    public String niceToHaveLine() {
        return String.join(", ", niceToHaveSkills);
    }
}
