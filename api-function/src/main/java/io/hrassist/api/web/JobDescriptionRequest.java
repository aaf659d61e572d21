package io.hrassist.api.web;

import io.hrassist.events.JobDescriptionRequested;
import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of {@code POST /api/v1/vacancies/{id}/job-description}, optional: phrases of the brief that the wording check
 * must not flag for this vacancy (a lawful exception, such as a genuine occupational requirement).
 */
@Introspected
record JobDescriptionRequest(
        @Nullable @Size(max = JobDescriptionRequested.MAX_ALLOWED_PHRASES)
        List<@NotBlank @Size(max = 200) String> allowedPhrases) {

    List<String> phrases() {
        return allowedPhrases == null ? List.of() : allowedPhrases;
    }
}
