package io.hrassist.api.domain;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/** Evaluates a candidate's resume again against the vacancy as it is now (after the vacancy changed). */
@Singleton
public class ReevaluateCandidate {

    private final VacancyStore vacancies;
    private final CandidateStore candidates;
    private final EvaluationRequests evaluations;
    private final Clock clock;

    ReevaluateCandidate(
            VacancyStore vacancies, CandidateStore candidates, EvaluationRequests evaluations, Clock clock) {
        this.vacancies = vacancies;
        this.candidates = candidates;
        this.evaluations = evaluations;
        this.clock = clock;
    }

    @Transactional
    public Task reevaluate(UUID candidateId) {
        Candidate candidate =
                candidates.find(candidateId).orElseThrow(() -> new NotFoundException("Candidate", candidateId));
        Vacancy vacancy = vacancies
                .find(candidate.vacancyId())
                .orElseThrow(() -> new NotFoundException("Vacancy", candidate.vacancyId()));
        byte[] document =
                candidates.document(candidateId).orElseThrow(() -> new NotFoundException("Candidate", candidateId));
        Task task =
                Task.pending(UUID.randomUUID(), TaskKind.RESUME_EVALUATION, vacancy.id(), candidateId, clock.instant());
        evaluations.request(task, vacancy, candidate.fileName(), candidate.mediaType(), document);
        candidates.evaluatedBy(candidateId, task.id());
        return task;
    }
}
