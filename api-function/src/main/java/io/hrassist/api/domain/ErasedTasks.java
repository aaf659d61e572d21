package io.hrassist.api.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Ids of tasks erased with their candidate, remembered for a while so that a result still in flight is dropped when
 * it arrives instead of being recorded.
 */
public interface ErasedTasks {

    boolean erased(UUID taskId);

    /** Forgets the ids erased before {@code cutoff}; how many. */
    int forgetBefore(Instant cutoff);
}
