package io.hrassist.api.domain;

import io.hrassist.events.ResumeEvaluated.FlagType;
import jakarta.annotation.Nullable;

/**
 * Which of a vacancy's candidates to list: only those in {@code stage} and only those whose evaluation carries {@code
 * flag} (null: any), in {@code sort} order.
 */
public record CandidateQuery(
        @Nullable Stage stage, @Nullable FlagType flag, Sort sort) {

    /** Every candidate, ranked by score. */
    public static final CandidateQuery ALL = new CandidateQuery(null, null, Sort.SCORE);

    /**
     * Orders of the candidate list: by score (best first, not yet evaluated last), by name, by upload time, by stage
     * (in the order of {@link Stage}); ties keep the score order.
     */
    public enum Sort {
        SCORE,
        NAME,
        NEWEST,
        OLDEST,
        STAGE
    }

    public CandidateQuery {
        if (sort == null) {
            sort = Sort.SCORE;
        }
    }

    /** Whether this asks for every candidate in score order. */
    public boolean all() {
        return stage == null && flag == null && sort == Sort.SCORE;
    }
}
