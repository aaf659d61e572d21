package io.hrassist.api.domain;

import jakarta.annotation.Nullable;
import java.util.Optional;

/**
 * Where a candidate stands in the hiring of a vacancy. People move candidates between stages; a score never does.
 *
 * <p>The moves allowed: between {@link #NEW}, {@link #SHORTLISTED}, {@link #INTERVIEW} and {@link #OFFER} in either
 * direction, skipping stages too (a referral goes straight to interview, a wrong click is moved back; the history keeps
 * both); to {@link #REJECTED} from any stage, {@link #HIRED} included, always with a reason (an offer withdrawn, a
 * probation not passed); from {@link #REJECTED} back to any of the first four (a rejection reconsidered); to {@link
 * #HIRED} only from {@link #OFFER}. A hired candidate moves nowhere else and is kept (the retention period does not
 * apply); once rejected, it is subject to the retention period like any candidate not hired.
 */
public enum Stage {
    NEW,
    SHORTLISTED,
    INTERVIEW,
    OFFER,
    HIRED,
    REJECTED;

    /** Longest reason a stage change keeps. */
    public static final int MAX_REASON = 2000;

    /** Why the move from this stage to {@code to} is not allowed, if it is not (a conflict with where it stands). */
    public Optional<String> refusal(Stage to) {
        if (to == this) {
            return Optional.of("The candidate is already in stage " + this + ".");
        }
        if (this == HIRED && to != REJECTED) {
            return Optional.of("A hired candidate stays HIRED unless REJECTED (with a reason).");
        }
        if (to == HIRED && this != OFFER) {
            return Optional.of("Only a candidate in stage OFFER can be HIRED (this one is " + this + ").");
        }
        return Optional.empty();
    }

    /** Why {@code reason} does not do for a move to this stage, if it does not (the request is incomplete). */
    public Optional<String> reasonProblem(@Nullable String reason) {
        if (this == REJECTED && (reason == null || reason.isBlank())) {
            return Optional.of("A rejection needs a reason.");
        }
        if (reason != null && reason.length() > MAX_REASON) {
            return Optional.of("A reason has at most " + MAX_REASON + " characters.");
        }
        return Optional.empty();
    }
}
