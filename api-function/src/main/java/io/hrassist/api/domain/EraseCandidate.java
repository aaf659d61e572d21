package io.hrassist.api.domain;

import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;

/**
 * Erases a candidate on request (the right to erasure) or when its retention period ended: the document, its text
 * and everything derived from it, everywhere ({@link CandidateStore#erase}). The audit log keeps that it happened, by
 * whom and why, naming the candidate by id only.
 */
@Singleton
public class EraseCandidate {

    /** Why a candidate was erased, as the audit entry says. */
    public enum Cause {
        REQUEST,
        RETENTION,
        VACANCY_DELETED
    }

    private final CandidateAccess access;
    private final CandidateStore candidates;
    private final AuditLog audit;

    EraseCandidate(CandidateAccess access, CandidateStore candidates, AuditLog audit) {
        this.access = access;
        this.candidates = candidates;
        this.audit = audit;
    }

    /** Erases a candidate that {@code actor} may change. */
    @Transactional
    public void erase(UUID id, Actor actor) {
        Candidate candidate = access.writable(id, actor);
        erase(candidate.id(), candidate.vacancyId(), actor.username(), Cause.REQUEST);
    }

    /** Erases a candidate for the system itself (no actor), e.g. when its retention period ended. */
    @Transactional
    public void eraseBySystem(UUID id, Cause cause) {
        candidates.find(id).ifPresent(candidate -> erase(id, candidate.vacancyId(), null, cause));
    }

    private void erase(UUID id, UUID vacancyId, @Nullable String actor, Cause cause) {
        if (candidates.erase(id)) {
            audit.record(
                    actor,
                    AuditAction.CANDIDATE_ERASED,
                    Candidate.AUDIT_TYPE,
                    id,
                    Map.of("vacancyId", vacancyId, "cause", cause));
        }
    }
}
