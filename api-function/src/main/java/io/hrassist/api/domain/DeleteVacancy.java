package io.hrassist.api.domain;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Deletes a vacancy and erases its candidates with it (their documents, evaluations, notes and feedback, see {@link
 * CandidateStore#erase}); the audit log records the deletion and each candidate's erasure in the same transaction.
 */
@Singleton
public class DeleteVacancy {

    private final VacancyStore vacancies;
    private final CandidateStore candidates;
    private final VacancyAccess access;
    private final AuditLog audit;

    DeleteVacancy(VacancyStore vacancies, CandidateStore candidates, VacancyAccess access, AuditLog audit) {
        this.vacancies = vacancies;
        this.candidates = candidates;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public void delete(Actor actor, UUID id) {
        access.writable(id, actor);
        List<Candidate> erased = candidates.ranked(id);
        if (!vacancies.delete(id)) {
            throw new NotFoundException("Vacancy", id);
        }
        for (Candidate candidate : erased) {
            audit.record(
                    actor.username(),
                    AuditAction.CANDIDATE_ERASED,
                    Candidate.AUDIT_TYPE,
                    candidate.id(),
                    Map.of("vacancyId", id, "cause", EraseCandidate.Cause.VACANCY_DELETED));
        }
        audit.record(actor.username(), AuditAction.VACANCY_DELETED, ChangeVacancy.OBJECT, id, Map.of());
    }
}
