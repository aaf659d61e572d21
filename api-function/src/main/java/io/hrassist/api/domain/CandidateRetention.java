package io.hrassist.api.domain;

import java.time.Duration;

/**
 * How long candidates are kept: a candidate not hired is erased {@code candidates} after the later of its last change
 * and its vacancy's closing; the ids of erased tasks are remembered for {@code erasedTasks}, long enough for any
 * result still in flight to arrive and be dropped.
 */
public record CandidateRetention(Duration candidates, Duration erasedTasks) {

    public CandidateRetention {
        if (candidates.isNegative() || candidates.isZero()) {
            throw new IllegalArgumentException("hr-assist.retention.candidates must be positive, not " + candidates);
        }
        if (erasedTasks.isNegative()) {
            throw new IllegalArgumentException("hr-assist.retention.erased-tasks must not be negative");
        }
    }
}
