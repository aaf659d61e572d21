package io.hrassist.api.domain;

import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * Moves a candidate to another stage: a decision of a recruiter or admin, kept with who, when, from, to and why
 * ({@link Stage} says which moves are allowed). Nothing else moves a candidate: the score is advice. The audit entry
 * names the stages, not the reason (it may say things about the person).
 */
@Singleton
public class ChangeStage {

    private final CandidateAccess access;
    private final CandidateStore candidates;
    private final StageHistory history;
    private final AuditLog audit;
    private final Clock clock;

    ChangeStage(CandidateAccess access, CandidateStore candidates, StageHistory history, AuditLog audit, Clock clock) {
        this.access = access;
        this.candidates = candidates;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The change made.
     *
     * @throws InvalidInputException when the reason does not do (none for a rejection, too long)
     * @throws StageConflictException when the move is not allowed from where the candidate stands, or someone else
     *     moved it meanwhile
     */
    @Transactional
    public StageChange change(UUID id, Stage to, @Nullable String reason, Actor actor) {
        Candidate candidate = access.writable(id, actor);
        to.reasonProblem(reason).ifPresent(problem -> {
            throw new InvalidInputException(problem);
        });
        Stage from = candidate.stage();
        from.refusal(to).ifPresent(refusal -> {
            throw new StageConflictException(refusal);
        });
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
        if (!candidates.moveStage(id, from, to, now)) {
            throw new StageConflictException("Someone else changed the candidate's stage meanwhile; read it again.");
        }
        var change = new StageChange(
                id, from, to, reason == null || reason.isBlank() ? null : reason.strip(), actor.username(), now);
        history.record(change);
        audit.record(
                actor.username(),
                AuditAction.CANDIDATE_STAGE_CHANGED,
                Candidate.AUDIT_TYPE,
                id,
                Map.of("from", from, "to", to));
        return change;
    }
}
