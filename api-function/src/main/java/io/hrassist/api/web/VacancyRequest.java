package io.hrassist.api.web;

import io.hrassist.events.Language;
import io.hrassist.events.ProtectedTraits;
import io.hrassist.events.Seniority;
import io.hrassist.events.VacancyBrief;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of {@code POST} and {@code PUT /api/v1/vacancies}. A {@code PUT} replaces the whole vacancy (a list left out
 * is empty, hiring managers included) and carries the {@code version} it read.
 */
@Introspected
record VacancyRequest(
        @NotBlank @Size(max = 200) String title,
        @NotNull Language language,
        @Nullable Seniority seniority,
        @Nullable @Size(max = 200) String location,
        @Nullable @Size(max = 100) String employmentType,
        @Nullable @Size(max = 100) String workFormat,
        @Nullable @Size(max = VacancyBrief.MAX_SKILLS) List<@NotBlank @Size(max = 100) String> mustHaveSkills,
        @Nullable @Size(max = VacancyBrief.MAX_SKILLS) List<@NotBlank @Size(max = 100) String> niceToHaveSkills,
        @Nullable @Size(max = VacancyBrief.MAX_BRIEF) String brief,
        @Nullable List<@NotBlank @Size(max = 100) String> hiringManagers,
        @Nullable @PositiveOrZero Long version) {

    /** The brief; {@code 400} when a skill names a protected trait, which no candidate may be scored on. */
    VacancyBrief toBrief() {
        refuseProtectedTraits("mustHaveSkills", mustHaveSkills);
        refuseProtectedTraits("niceToHaveSkills", niceToHaveSkills);
        return new VacancyBrief(
                title,
                language,
                seniority,
                location,
                employmentType,
                workFormat,
                mustHaveSkills,
                niceToHaveSkills,
                brief);
    }

    private static void refuseProtectedTraits(String field, @Nullable List<String> skills) {
        for (String skill : skills == null ? List.<String>of() : skills) {
            ProtectedTraits.find(skill).ifPresent(found -> {
                throw new HttpStatusException(
                        HttpStatus.BAD_REQUEST, field + ": " + found.reason() + " Remove it from the vacancy.");
            });
        }
    }
}
