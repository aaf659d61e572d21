package io.hrassist.api.web;

import io.hrassist.api.domain.Vacancy;
import io.hrassist.events.Language;
import io.hrassist.events.Seniority;
import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A vacancy as the API shows it. */
@Introspected
record VacancyView(
        UUID id,
        String title,
        Language language,
        @Nullable Seniority seniority,
        @Nullable String location,
        @Nullable String employmentType,
        @Nullable String workFormat,
        List<String> mustHaveSkills,
        List<String> niceToHaveSkills,
        @Nullable String brief,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static VacancyView of(Vacancy v) {
        var b = v.brief();
        return new VacancyView(
                v.id(),
                b.title(),
                b.language(),
                b.seniority(),
                b.location(),
                b.employmentType(),
                b.workFormat(),
                b.mustHaveSkills(),
                b.niceToHaveSkills(),
                b.brief(),
                v.version(),
                v.createdAt(),
                v.updatedAt());
    }
}
