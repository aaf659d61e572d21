package io.hrassist.api.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.hrassist.api.domain.Vacancy;
import io.hrassist.api.domain.VacancyStatus;
import io.hrassist.events.Language;
import io.hrassist.events.Seniority;
import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A vacancy as the API shows it: {@code version} to send back with an edit, its owner ({@code createdBy}) and hiring
 * managers, {@code status}, {@code contentChangedAt} (results made before it are stale) and, in the list, {@code
 * candidateCount}.
 */
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
        @JsonInclude(JsonInclude.Include.ALWAYS) List<String> hiringManagers,
        VacancyStatus status,
        long version,
        @Nullable String createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant closedAt,
        @Nullable Instant archivedAt,
        @Nullable Instant contentChangedAt,
        @Nullable Long candidateCount) {

    static VacancyView of(Vacancy v) {
        return of(v, null);
    }

    /** As listed, with how many candidates it has. */
    static VacancyView of(Vacancy v, @Nullable Long candidateCount) {
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
                v.hiringManagers(),
                v.status(),
                v.version(),
                v.createdBy(),
                v.createdAt(),
                v.updatedAt(),
                v.closedAt(),
                v.archivedAt(),
                v.contentChangedAt(),
                candidateCount);
    }
}
