package io.hrassist.api.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.hrassist.api.domain.Candidate;
import io.hrassist.api.domain.CandidateDetail;
import io.hrassist.api.domain.Stage;
import io.hrassist.api.domain.TaskStatus;
import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One candidate as the hiring team sees it: the name and the personal data read from the resume (absent until it was
 * evaluated), the file, the stage with its decision history, the evaluation (advice for
 * the people who decide), notes and the interview feedback the caller may see.
 */
@Introspected
@JsonInclude(JsonInclude.Include.NON_NULL)
record CandidateDetailView(
        UUID id,
        UUID vacancyId,
        String name,
        @Nullable PersonalDataView personalData,
        String fileName,
        String mediaType,
        int sizeBytes,
        String sha256,
        Stage stage,
        @Nullable UUID evaluationTaskId,
        @Nullable TaskStatus evaluationStatus,
        @Nullable Integer score,
        @Nullable @JsonRawValue String evaluation,
        List<StageChangeView> stageHistory,
        List<NoteView> notes,
        FeedbackView feedback,
        Instant createdAt,
        Instant updatedAt) {

    static CandidateDetailView of(CandidateDetail detail) {
        Candidate c = detail.candidate();
        return new CandidateDetailView(
                c.id(),
                c.vacancyId(),
                c.displayName(),
                PersonalDataView.of(c.contact()),
                c.fileName(),
                c.mediaType(),
                c.sizeBytes(),
                c.sha256(),
                c.stage(),
                c.evaluationTaskId(),
                c.evaluationStatus(),
                c.score(),
                c.evaluation(),
                detail.stageHistory().stream().map(StageChangeView::of).toList(),
                detail.notes().stream().map(NoteView::of).toList(),
                FeedbackView.of(detail.feedback()),
                c.createdAt(),
                c.updatedAt());
    }
}
