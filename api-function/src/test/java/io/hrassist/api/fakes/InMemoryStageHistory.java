package io.hrassist.api.fakes;

import io.hrassist.api.domain.StageChange;
import io.hrassist.api.domain.StageHistory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Stage changes in a list; a change names an existing candidate and is erased with it. */
public final class InMemoryStageHistory implements StageHistory {

    private final InMemoryStores stores;
    private final List<StageChange> changes = new ArrayList<>();

    InMemoryStageHistory(InMemoryStores stores) {
        this.stores = stores;
    }

    @Override
    public void record(StageChange change) {
        if (stores.candidates().find(change.candidateId()).isEmpty()) {
            throw new IllegalStateException("No candidate " + change.candidateId());
        }
        changes.add(change);
    }

    /** Oldest first; changes at the same moment in the order recorded. */
    @Override
    public List<StageChange> of(UUID candidateId) {
        return changes.stream()
                .filter(change -> change.candidateId().equals(candidateId))
                .sorted(Comparator.comparing(StageChange::changedAt))
                .toList();
    }

    void candidateErased(UUID candidateId) {
        changes.removeIf(change -> change.candidateId().equals(candidateId));
    }
}
