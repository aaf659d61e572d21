package io.hrassist.events;

import jakarta.annotation.Nullable;

/** Data of {@value EventTypes#JOB_DESCRIPTION_REQUESTED}: write a job description for this vacancy. */
public record JobDescriptionRequested(@Nullable String vacancyId, VacancyBrief vacancy) {

    public JobDescriptionRequested {
        vacancyId = Checks.optionalText(vacancyId, "vacancyId", 100);
        vacancy = Checks.required(vacancy, "vacancy");
    }
}
