package io.hrassist.api.domain;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where vacancies and their hiring managers are kept. */
public interface VacancyStore {

    Vacancy create(Vacancy vacancy);

    Optional<Vacancy> find(UUID id);

    /**
     * Vacancies whose title contains {@code query} (all when null), newest first; only those assigned to {@code
     * hiringManager} when one is named.
     */
    List<Vacancy> list(@Nullable String query, int offset, int limit, @Nullable String hiringManager);

    /**
     * Replaces a vacancy read at {@code vacancy.version()} and its hiring managers; {@link ConflictException} when it
     * changed since.
     */
    Vacancy update(Vacancy vacancy);

    /** Closes a vacancy at {@code closedAt}, or reopens it with null; the version stays (no edit conflicts with it). */
    void close(UUID id, @Nullable Instant closedAt, Instant now);

    boolean delete(UUID id);

    /** When the vacancy's content last changed; empty when never (or no such vacancy). */
    Optional<Instant> contentChangedAt(UUID id);

    /** Whether {@code username} is one of the vacancy's hiring managers. */
    boolean isAssigned(UUID vacancyId, String username);
}
