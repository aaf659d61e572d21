package io.hrassist.api.domain;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;

/**
 * The interview feedback on a candidate that the actor may see ({@link VisibleFeedback}), with the kit to rate on;
 * audited as a view of the candidate's feedback.
 */
@Singleton
public class ReadFeedback {

    private final CandidateAccess access;
    private final FeedbackStore feedback;
    private final InterviewKits kits;
    private final AuditLog audit;

    ReadFeedback(CandidateAccess access, FeedbackStore feedback, InterviewKits kits, AuditLog audit) {
        this.access = access;
        this.feedback = feedback;
        this.kits = kits;
        this.audit = audit;
    }

    @Transactional
    public FeedbackSheet read(UUID candidateId, Actor actor) {
        Candidate candidate = access.readable(candidateId, actor);
        audit.record(
                actor.username(),
                AuditAction.CANDIDATE_VIEWED,
                Candidate.AUDIT_TYPE,
                candidateId,
                Map.of("part", "feedback"));
        return new FeedbackSheet(
                kits.newest(candidate.vacancyId()).orElse(null), VisibleFeedback.of(feedback.of(candidateId), actor));
    }
}
