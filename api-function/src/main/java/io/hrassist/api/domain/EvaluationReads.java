package io.hrassist.api.domain;

import jakarta.inject.Singleton;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records reads of resume evaluations through the task endpoints as reads of the candidates they quote: one evaluation
 * read is a {@code CANDIDATE_VIEWED} of its candidate (part {@code evaluation}, as a read of the notes is part
 * {@code notes}); a list of evaluations is a {@code CANDIDATES_LISTED} of each vacancy in it, at most once per {@link
 * ListCandidates#AUDIT_WINDOW} like the candidate list. An evaluation of another system's request belongs to no
 * candidate: the task is named instead.
 */
@Singleton
class EvaluationReads {

    private static final String PART = "part";
    private static final String EVALUATION = "evaluation";

    private final AuditLog audit;

    EvaluationReads(AuditLog audit) {
        this.audit = audit;
    }

    void viewed(Task task, Actor actor) {
        if (task.kind() != TaskKind.RESUME_EVALUATION) {
            return;
        }
        if (task.candidateId() == null) {
            audit.record(
                    actor.username(),
                    AuditAction.CANDIDATE_VIEWED,
                    Task.AUDIT_TYPE,
                    task.id(),
                    Map.of(PART, EVALUATION));
            return;
        }
        audit.record(
                actor.username(),
                AuditAction.CANDIDATE_VIEWED,
                Candidate.AUDIT_TYPE,
                task.candidateId(),
                Map.of(PART, EVALUATION, "task", task.id()));
    }

    void listed(List<Task> tasks, Actor actor) {
        var vacancies = new LinkedHashSet<UUID>();
        for (Task task : tasks) {
            if (task.kind() != TaskKind.RESUME_EVALUATION) {
                continue;
            }
            if (task.vacancyId() == null) {
                audit.recordAtMostEvery(
                        ListCandidates.AUDIT_WINDOW,
                        actor.username(),
                        AuditAction.CANDIDATE_VIEWED,
                        Task.AUDIT_TYPE,
                        task.id());
            } else {
                vacancies.add(task.vacancyId());
            }
        }
        for (UUID vacancy : vacancies) {
            audit.recordAtMostEvery(
                    ListCandidates.AUDIT_WINDOW,
                    actor.username(),
                    AuditAction.CANDIDATES_LISTED,
                    ChangeVacancy.OBJECT,
                    vacancy);
        }
    }
}
