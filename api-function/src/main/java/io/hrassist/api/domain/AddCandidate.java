package io.hrassist.api.domain;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/** Keeps an uploaded resume and starts its evaluation, in one transaction with the request event and its audit entry. */
@Singleton
public class AddCandidate {

    private final CandidateStore candidates;
    private final EvaluationRequests evaluations;
    private final VacancyAccess access;
    private final AuditLog audit;
    private final Clock clock;

    AddCandidate(
            CandidateStore candidates,
            EvaluationRequests evaluations,
            VacancyAccess access,
            AuditLog audit,
            Clock clock) {
        this.candidates = candidates;
        this.evaluations = evaluations;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The stored candidate and its evaluation task; {@code mediaType} must already be checked against the bytes.
     *
     * @throws DuplicateCandidateException when the same file was uploaded to the vacancy before
     */
    @Transactional
    public Added add(Actor actor, UUID vacancyId, String fileName, String mediaType, byte[] content) {
        Vacancy vacancy = access.writable(vacancyId, actor);
        var now = clock.instant();
        UUID candidateId = UUID.randomUUID();
        Task task = Task.requested(UUID.randomUUID(), TaskKind.RESUME_EVALUATION, vacancyId, candidateId, now);
        var candidate = new Candidate(
                candidateId,
                vacancyId,
                fileName,
                mediaType,
                content.length,
                sha256(content),
                task.id(),
                now,
                task.status(),
                null,
                null,
                Stage.NEW,
                now,
                null);
        candidates.create(candidate, content);
        evaluations.request(task, vacancy, fileName, mediaType, content);
        audit.record(
                actor.username(),
                AuditAction.CANDIDATE_UPLOADED,
                Candidate.AUDIT_TYPE,
                candidateId,
                Map.of("vacancyId", vacancyId, "taskId", task.id()));
        return new Added(candidate, task);
    }

    /** What {@link #add} created. */
    public record Added(Candidate candidate, Task task) {}

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
