package io.hrassist.api.domain;

import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * Who may see and change which candidate: whoever may read or change its vacancy ({@link VacancyAccess}). A candidate
 * of a vacancy the actor may not see is answered as if it did not exist.
 */
@Singleton
public class CandidateAccess {

    private final CandidateStore candidates;
    private final VacancyAccess vacancies;

    public CandidateAccess(CandidateStore candidates, VacancyAccess vacancies) {
        this.candidates = candidates;
        this.vacancies = vacancies;
    }

    /** The candidate {@code actor} may read, else {@link NotFoundException}. */
    public Candidate readable(UUID id, Actor actor) {
        Candidate candidate = find(id);
        try {
            vacancies.readable(candidate.vacancyId(), actor);
        } catch (NotFoundException e) {
            throw new NotFoundException("Candidate", id);
        }
        return candidate;
    }

    /**
     * The candidate {@code actor} may change (stage, erasure, evaluation, export), else {@link NotFoundException} or
     * {@link ForbiddenException}.
     */
    public Candidate writable(UUID id, Actor actor) {
        Candidate candidate = readable(id, actor);
        vacancies.writable(candidate.vacancyId(), actor);
        return candidate;
    }

    private Candidate find(UUID id) {
        return candidates.find(id).orElseThrow(() -> new NotFoundException("Candidate", id));
    }
}
