package io.hrassist.ui.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The interview feedback on a candidate as the caller may see it: the kit to rate on ({@code null} while the vacancy
 * has none), the feedback shown, how many more stay {@code hidden} until the caller {@code submitted} their own.
 */
@Introspected
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedbackSheet(@Nullable Kit kit, @Nullable List<Entry> feedback, int hidden, boolean submitted) {

    public static final List<String> RECOMMENDATIONS = List.of("STRONG_NO", "NO", "YES", "STRONG_YES");

    public FeedbackSheet {
        feedback = feedback == null ? List.of() : List.copyOf(feedback);
    }

    /** The caller's own feedback, if submitted. */
    public @Nullable Entry own(String username) {
        return feedback.stream()
                .filter(e -> e.interviewer().equals(username))
                .findFirst()
                .orElse(null);
    }

    /** The kit's questions, numbered from 1. */
    @Introspected
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Kit(UUID id, List<Question> questions) {}

    @Introspected
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Question(int id, String text) {}

    /** One interviewer's feedback. */
    @Introspected
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(
            String interviewer,
            @Nullable List<Rating> ratings,
            String recommendation,
            String comment,
            Instant submittedAt) {

        public Entry {
            ratings = ratings == null ? List.of() : List.copyOf(ratings);
        }

        public String time() {
            return Times.shown(submittedAt);
        }

        /** The rating given to question {@code id}; null when not assessed or not rated. */
        public @Nullable Integer rating(int id) {
            return ratings.stream()
                    .filter(r -> r.questionId() == id)
                    .findFirst()
                    .map(Rating::rating)
                    .orElse(null);
        }
    }

    @Introspected
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rating(
            int questionId,
            @Nullable String question,
            @Nullable Integer rating) {}
}
