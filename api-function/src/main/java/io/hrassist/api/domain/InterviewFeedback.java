package io.hrassist.api.domain;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One interviewer's feedback on a candidate: a rating per question of the vacancy's interview kit ({@code kitId}, the
 * task that generated it), an overall recommendation and a comment. An interviewer has one feedback per candidate and
 * may revise it; {@code submittedAt} stays the first submission.
 */
public record InterviewFeedback(
        UUID candidateId,
        String interviewer,
        @Nullable UUID kitId,
        List<Rating> ratings,
        Recommendation recommendation,
        String comment,
        Instant submittedAt,
        Instant updatedAt) {

    /** Longest comment kept. */
    public static final int MAX_COMMENT = 5000;

    public InterviewFeedback {
        ratings = List.copyOf(ratings);
    }

    /** The rating of the answer to one question: 1 (poor) to 5 (excellent), null when not assessed. */
    public record Rating(
            int questionId, String question, @Nullable Integer rating) {}

    /** What the interviewer recommends overall. */
    public enum Recommendation {
        STRONG_NO,
        NO,
        YES,
        STRONG_YES
    }
}
