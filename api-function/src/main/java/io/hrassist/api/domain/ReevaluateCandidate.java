package io.hrassist.api.domain;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/** Evaluates a candidate's resume again against the vacancy as it is now (after the vacancy changed). */
@Singleton
public class ReevaluateCandidate {

    private final VacancyStore vacancies;
    private final CandidateStore candidates;
    private final EvaluationRequests evaluations;
    private final CandidateAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ReevaluateCandidate(
            VacancyStore vacancies,
            CandidateStore candidates,
            EvaluationRequests evaluations,
            CandidateAccess access,
            AuditLog audit,
            Clock clock) {
        this.vacancies = vacancies;
        this.candidates = candidates;
        this.evaluations = evaluations;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Evaluates one candidate again for {@code actor}, who must be allowed to change it; audited. */
    @Transactional
    public Task reevaluate(UUID candidateId, Actor actor) {
        access.writable(candidateId, actor);
        Task task = reevaluate(candidateId);
        audit.record(
                actor.username(),
                AuditAction.CANDIDATE_REEVALUATED,
                Candidate.AUDIT_TYPE,
                candidateId,
                Map.of("taskId", task.id()));
        return task;
    }

    @Transactional
    Task reevaluate(UUID candidateId) {
        Candidate candidate =
                candidates.find(candidateId).orElseThrow(() -> new NotFoundException("Candidate", candidateId));
        Vacancy vacancy = vacancies
                .find(candidate.vacancyId())
                .orElseThrow(() -> new NotFoundException("Vacancy", candidate.vacancyId()));
        byte[] document =
                candidates.document(candidateId).orElseThrow(() -> new NotFoundException("Candidate", candidateId));
        Task task = Task.requested(
                UUID.randomUUID(), TaskKind.RESUME_EVALUATION, vacancy.id(), candidateId, clock.instant());
        evaluations.request(task, vacancy, candidate.fileName(), candidate.mediaType(), document);
        candidates.evaluatedBy(candidateId, task.id());
        candidates.touch(candidateId, task.createdAt());
        return task;
    }
}
