package io.hrassist.api.domain;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;

/** Hands out a candidate's original file to someone who may read the candidate; audited. */
@Singleton
public class DownloadDocument {

    private final CandidateAccess access;
    private final CandidateStore candidates;
    private final AuditLog audit;

    DownloadDocument(CandidateAccess access, CandidateStore candidates, AuditLog audit) {
        this.access = access;
        this.candidates = candidates;
        this.audit = audit;
    }

    @Transactional
    public CandidateDocument download(UUID id, Actor actor) {
        Candidate candidate = access.readable(id, actor);
        byte[] content = candidates.document(id).orElseThrow(() -> new NotFoundException("Candidate", id));
        audit.record(actor.username(), AuditAction.CANDIDATE_DOCUMENT_DOWNLOADED, Candidate.AUDIT_TYPE, id, Map.of());
        return new CandidateDocument(candidate.fileName(), candidate.mediaType(), content);
    }
}
