package io.hrassist.api.web;

import io.hrassist.api.domain.Vacancy;
import io.hrassist.api.domain.VacancyStore;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Tells results made before their vacancy's content last changed, reading each vacancy once per request. */
final class StaleResults {

    private final VacancyStore vacancies;
    private final Map<UUID, Optional<Instant>> seen = new HashMap<>();

    StaleResults(VacancyStore vacancies) {
        this.vacancies = vacancies;
    }

    /** Whether a result of vacancy {@code vacancyId} started at {@code startedAt} answers an earlier content of it. */
    boolean stale(@Nullable UUID vacancyId, @Nullable Instant startedAt) {
        if (vacancyId == null) {
            return false;
        }
        return Vacancy.outdated(
                startedAt,
                seen.computeIfAbsent(vacancyId, vacancies::contentChangedAt).orElse(null));
    }
}
