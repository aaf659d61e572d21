package io.hrassist.api.domain;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Where vacancies and their hiring managers are kept. */
public interface VacancyStore {

    Vacancy create(Vacancy vacancy);

    Optional<Vacancy> find(UUID id);

    /** A page of the vacancies that match {@code query}, each with its number of candidates, and how many match. */
    VacancyQuery.Page list(VacancyQuery query);

    /**
     * Replaces a vacancy read at {@code vacancy.version()} and its hiring managers; {@link ConflictException} when it
     * changed since.
     */
    Vacancy update(Vacancy vacancy);

    /**
     * Closes a vacancy at {@code closedAt} and archives it at {@code archivedAt}, or reopens it with nulls; the version
     * stays (no edit conflicts with it).
     */
    void setStatus(UUID id, @Nullable Instant closedAt, @Nullable Instant archivedAt, Instant now);

    boolean delete(UUID id);

    /** When the vacancy's content last changed; empty when never (or no such vacancy). */
    Optional<Instant> contentChangedAt(UUID id);

    /** Whether {@code username} is one of the vacancy's hiring managers. */
    boolean isAssigned(UUID vacancyId, String username);
}
