package io.hrassist.api.web;

import io.hrassist.events.Language;
import io.hrassist.events.ProtectedTraits;
import io.hrassist.events.Seniority;
import io.hrassist.events.VacancyBrief;
import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
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

    /** The brief; {@code 400} when skills name protected traits, which no candidate may be scored on. */
    VacancyBrief toBrief() {
        var refused = new ArrayList<ProtectedTraitsException.Refused>();
        refused.addAll(protectedTraits("mustHaveSkills", mustHaveSkills));
        refused.addAll(protectedTraits("niceToHaveSkills", niceToHaveSkills));
        if (!refused.isEmpty()) {
            throw new ProtectedTraitsException(refused);
        }
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

    private static List<ProtectedTraitsException.Refused> protectedTraits(String field, @Nullable List<String> skills) {
        return (skills == null ? List.<String>of() : skills)
                .stream()
                        .flatMap(skill -> ProtectedTraits.find(skill).stream())
                        .map(found -> new ProtectedTraitsException.Refused(field, found))
                        .toList();
    }
}
