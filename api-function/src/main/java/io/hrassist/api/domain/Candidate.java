package io.hrassist.api.domain;

import io.hrassist.events.ResumeEvaluated.Contact;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * A resume uploaded for a vacancy, with the task that evaluates it and, once done, its score and evaluation (JSON);
 * its stage, decided by people; when anything about it last changed; and who the resume says it is from ({@code
 * contact}, kept apart from the evaluation).
 */
public record Candidate(
        UUID id,
        UUID vacancyId,
        String fileName,
        String mediaType,
        int sizeBytes,
        String sha256,
        @Nullable UUID evaluationTaskId,
        Instant createdAt,
        @Nullable TaskStatus evaluationStatus,
        @Nullable Integer score,
        @Nullable String evaluation,
        Stage stage,
        Instant updatedAt,
        @Nullable Contact contact) {

    /** How the audit log names a candidate's kind of object. */
    public static final String AUDIT_TYPE = "CANDIDATE";

    /** The candidate's name where the resume gives one, else the file's name. */
    public String displayName() {
        return contact != null && contact.name() != null ? contact.name() : fileName;
    }
}
