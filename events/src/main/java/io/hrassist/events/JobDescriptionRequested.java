package io.hrassist.events;

import jakarta.annotation.Nullable;
import java.util.List;

/**
 * Data of {@link EventType#JOB_DESCRIPTION_REQUESTED}: write a job description for this vacancy.
 *
 * @param allowedPhrases phrases the wording check never flags for this vacancy: a genuine occupational requirement
 *     someone has checked (optional; came later)
 */
public record JobDescriptionRequested(@Nullable String vacancyId, VacancyBrief vacancy, List<String> allowedPhrases) {

    public static final int MAX_ALLOWED_PHRASES = 50;

    public JobDescriptionRequested {
        vacancyId = Checks.optionalText(vacancyId, "vacancyId", 100);
        vacancy = Checks.required(vacancy, "vacancy");
        allowedPhrases = Checks.list(allowedPhrases, "allowedPhrases", MAX_ALLOWED_PHRASES).stream()
                .map(phrase -> Checks.text(phrase, "allowedPhrases entry", 200))
                .toList();
    }

    /** A request without vacancy-specific allowed phrases. */
    public JobDescriptionRequested(@Nullable String vacancyId, VacancyBrief vacancy) {
        this(vacancyId, vacancy, List.of());
    }
}
