package io.hrassist.api.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.hrassist.api.domain.InterviewFeedback;
import io.hrassist.api.domain.InterviewFeedback.Recommendation;
import io.hrassist.api.domain.VisibleFeedback;
import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The interview feedback on a candidate that the caller may see, how many more there are that they will see once
 * they {@code submitted} their own, and whether they did.
 */
@Introspected
@JsonInclude(JsonInclude.Include.ALWAYS)
record FeedbackView(List<Entry> feedback, int hidden, boolean submitted) {

    static FeedbackView of(VisibleFeedback visible) {
        return new FeedbackView(
                visible.shown().stream().map(Entry::of).toList(), visible.hidden(), visible.submitted());
    }

    /** One interviewer's feedback. */
    @Introspected
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Entry(
            String interviewer,
            @Nullable UUID kitId,
            List<RatingView> ratings,
            Recommendation recommendation,
            String comment,
            Instant submittedAt,
            Instant updatedAt) {

        static Entry of(InterviewFeedback f) {
            return new Entry(
                    f.interviewer(),
                    f.kitId(),
                    f.ratings().stream().map(RatingView::of).toList(),
                    f.recommendation(),
                    f.comment(),
                    f.submittedAt(),
                    f.updatedAt());
        }
    }

    /** The rating of the answer to one question of the kit: 1 to 5, or null when not assessed. */
    @Introspected
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RatingView(
            int questionId, String question, @Nullable Integer rating) {

        static RatingView of(InterviewFeedback.Rating r) {
            return new RatingView(r.questionId(), r.question(), r.rating());
        }
    }
}
