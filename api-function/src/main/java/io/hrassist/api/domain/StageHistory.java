package io.hrassist.api.domain;

import java.util.List;
import java.util.UUID;

/** The stage changes of candidates, kept with the candidate and erased with it. */
public interface StageHistory {

    void record(StageChange change);

    /** The changes of a candidate, oldest first. */
    List<StageChange> of(UUID candidateId);
}
