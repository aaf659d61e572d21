package io.hrassist.api.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.hrassist.api.domain.Candidate;
import io.hrassist.api.domain.Stage;
import io.hrassist.api.domain.TaskStatus;
import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * A candidate as the API shows it: its name (from the resume, else the file's name), the uploaded file, its stage and,
 * once evaluated, the score and the whole evaluation; {@code stale} when the evaluation was made against an earlier
 * content of the vacancy; {@code rank}, in a list, its place by score among the vacancy's scored candidates.
 */
@Introspected
@JsonInclude(JsonInclude.Include.NON_NULL)
record CandidateView(
        UUID id,
        UUID vacancyId,
        String name,
        String fileName,
        String mediaType,
        int sizeBytes,
        Stage stage,
        @Nullable UUID evaluationTaskId,
        @Nullable TaskStatus evaluationStatus,
        @Nullable Integer score,
        @Nullable @JsonRawValue String evaluation,
        Instant createdAt,
        boolean stale,
        @Nullable Integer rank) {

    /** A candidate just uploaded (so not stale). */
    static CandidateView of(Candidate c) {
        return of(c, false, null);
    }

    static CandidateView of(Candidate c, boolean stale, @Nullable Integer rank) {
        return new CandidateView(
                c.id(),
                c.vacancyId(),
                c.displayName(),
                c.fileName(),
                c.mediaType(),
                c.sizeBytes(),
                c.stage(),
                c.evaluationTaskId(),
                c.evaluationStatus(),
                c.score(),
                c.evaluation(),
                c.createdAt(),
                stale,
                rank);
    }
}
