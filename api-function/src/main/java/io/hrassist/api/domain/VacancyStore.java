package io.hrassist.api.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where vacancies are kept. */
public interface VacancyStore {

    Vacancy create(Vacancy vacancy);

    Optional<Vacancy> find(UUID id);

    /** Vacancies whose title contains {@code query} (all when null), newest first. */
    List<Vacancy> list(String query, int offset, int limit);

    Vacancy update(Vacancy vacancy);

    boolean delete(UUID id);

    /** Whether {@code username} is one of the vacancy's hiring managers. */
    boolean isAssigned(UUID vacancyId, String username);
}
