package io.hrassist.api.domain;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Evaluates every candidate of a vacancy again, against the vacancy as it is now: all the request events and audit
 * entries in one transaction, so that either every candidate is queued again or none is.
 */
@Singleton
public class ReevaluateVacancy {

    private final VacancyAccess access;
    private final CandidateStore candidates;
    private final ReevaluateCandidate reevaluateCandidate;
    private final AuditLog audit;

    ReevaluateVacancy(
            VacancyAccess access, CandidateStore candidates, ReevaluateCandidate reevaluateCandidate, AuditLog audit) {
        this.access = access;
        this.candidates = candidates;
        this.reevaluateCandidate = reevaluateCandidate;
        this.audit = audit;
    }

    /** The evaluation tasks started, one per candidate, for {@code actor}, who must be allowed to change the vacancy. */
    @Transactional
    public List<Task> reevaluateAll(UUID vacancyId, Actor actor) {
        access.writable(vacancyId, actor);
        return candidates.ranked(vacancyId).stream()
                .map(candidate -> {
                    Task task = reevaluateCandidate.reevaluate(candidate.id());
                    audit.record(
                            actor.username(),
                            AuditAction.CANDIDATE_REEVALUATED,
                            Candidate.AUDIT_TYPE,
                            candidate.id(),
                            Map.of("taskId", task.id(), "vacancyId", vacancyId, "all", true));
                    return task;
                })
                .toList();
    }
}
