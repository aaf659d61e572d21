package io.hrassist.api.web;

import io.hrassist.api.domain.InterviewFeedback;
import io.hrassist.api.domain.InterviewFeedback.Recommendation;
import io.hrassist.api.domain.SubmitFeedback.Submission;
import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * Body of {@code PUT /api/v1/candidates/{id}/feedback}: ratings of the answers to the kit's questions ({@code
 * questionId} is the question's position in the kit, from 1; {@code rating} 1–5, or null: not assessed), the overall
 * recommendation and a comment. {@code kitId} names the kit rated on (default: the vacancy's newest).
 */
@Introspected
record FeedbackRequest(
        @Nullable UUID kitId,
        @Nullable @Size(max = 100) List<@Valid @NotNull Answer> ratings,
        @NotNull Recommendation recommendation,
        @NotBlank @Size(max = InterviewFeedback.MAX_COMMENT) String comment) {

    Submission toSubmission() {
        List<Submission.Answer> answers = ratings == null
                ? List.of()
                : ratings.stream()
                        .map(r -> new Submission.Answer(r.questionId(), r.rating()))
                        .toList();
        return new Submission(kitId, answers, recommendation, comment);
    }

    /** The rating of one answer. */
    @Introspected
    record Answer(
            @Min(1) int questionId,
            @Nullable @Min(1) @Max(5) Integer rating) {}
}
