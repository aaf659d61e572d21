package io.hrassist.api.fakes;

import io.hrassist.api.domain.JobDescriptionEdit;
import io.hrassist.api.domain.JobDescriptionEdits;
import jakarta.annotation.Nullable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Edited job descriptions in a map by vacancy, saved like the adapter's upsert: the first save of a vacancy always
 * lands, a later one only from the version kept; an edit names an existing vacancy and goes with it.
 */
public final class InMemoryJobDescriptionEdits implements JobDescriptionEdits {

    private final InMemoryStores stores;
    private final Map<UUID, JobDescriptionEdit> edits = new HashMap<>();

    InMemoryJobDescriptionEdits(InMemoryStores stores) {
        this.stores = stores;
    }

    @Override
    public Optional<JobDescriptionEdit> find(UUID vacancyId) {
        return Optional.ofNullable(edits.get(vacancyId));
    }

    @Override
    public boolean save(JobDescriptionEdit edit, @Nullable Long expectedVersion) {
        if (stores.vacancies().find(edit.vacancyId()).isEmpty()) {
            throw new IllegalStateException("No vacancy " + edit.vacancyId());
        }
        JobDescriptionEdit kept = edits.get(edit.vacancyId());
        if (kept != null && (expectedVersion == null || kept.version() != expectedVersion)) {
            return false;
        }
        edits.put(edit.vacancyId(), edit);
        return true;
    }

    void vacancyDeleted(UUID vacancyId) {
        edits.remove(vacancyId);
    }
}
