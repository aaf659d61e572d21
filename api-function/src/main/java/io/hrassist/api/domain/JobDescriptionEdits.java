package io.hrassist.api.domain;

import jakarta.annotation.Nullable;
import java.util.Optional;
import java.util.UUID;

/** Where the job descriptions recruiters edited are kept, one per vacancy. */
public interface JobDescriptionEdits {

    Optional<JobDescriptionEdit> find(UUID vacancyId);

    /**
     * Saves {@code edit} (its version already the next one) if the kept edit is still at {@code expectedVersion} (null:
     * none kept yet); false when someone saved in between.
     */
    boolean save(JobDescriptionEdit edit, @Nullable Long expectedVersion);
}
