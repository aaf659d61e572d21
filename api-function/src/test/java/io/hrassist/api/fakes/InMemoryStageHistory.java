package io.hrassist.api.fakes;

import io.hrassist.api.domain.StageChange;
import io.hrassist.api.domain.StageHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Stage changes in a list, in the order recorded; erased with their candidate. */
public final class InMemoryStageHistory implements StageHistory {

    private final List<StageChange> changes = new ArrayList<>();

    @Override
    public void record(StageChange change) {
        changes.add(change);
    }

    @Override
    public List<StageChange> of(UUID candidateId) {
        return changes.stream()
                .filter(change -> change.candidateId().equals(candidateId))
                .toList();
    }

    void candidateErased(UUID candidateId) {
        changes.removeIf(change -> change.candidateId().equals(candidateId));
    }
}
