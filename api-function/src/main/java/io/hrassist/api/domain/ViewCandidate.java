package io.hrassist.api.domain;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;

/** Shows one candidate to someone of the hiring team; every view is audited (the candidate holds personal data). */
@Singleton
public class ViewCandidate {

    private final CandidateAccess access;
    private final StageHistory stages;
    private final CandidateNotes notes;
    private final FeedbackStore feedback;
    private final AuditLog audit;

    ViewCandidate(
            CandidateAccess access, StageHistory stages, CandidateNotes notes, FeedbackStore feedback, AuditLog audit) {
        this.access = access;
        this.stages = stages;
        this.notes = notes;
        this.feedback = feedback;
        this.audit = audit;
    }

    @Transactional
    public CandidateDetail view(UUID id, Actor actor) {
        Candidate candidate = access.readable(id, actor);
        audit.record(actor.username(), AuditAction.CANDIDATE_VIEWED, Candidate.AUDIT_TYPE, id, Map.of());
        return new CandidateDetail(candidate, stages.of(id), notes.of(id), VisibleFeedback.of(feedback.of(id), actor));
    }
}
