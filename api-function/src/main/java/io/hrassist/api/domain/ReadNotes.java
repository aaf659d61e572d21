package io.hrassist.api.domain;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The notes on a candidate, for anyone who may read it; audited as a view of the candidate's notes. */
@Singleton
public class ReadNotes {

    private final CandidateAccess access;
    private final CandidateNotes notes;
    private final AuditLog audit;

    ReadNotes(CandidateAccess access, CandidateNotes notes, AuditLog audit) {
        this.access = access;
        this.notes = notes;
        this.audit = audit;
    }

    @Transactional
    public List<Note> read(UUID candidateId, Actor actor) {
        access.readable(candidateId, actor);
        audit.record(
                actor.username(),
                AuditAction.CANDIDATE_VIEWED,
                Candidate.AUDIT_TYPE,
                candidateId,
                Map.of("part", "notes"));
        return notes.of(candidateId);
    }
}
