package io.hrassist.api.domain;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Where tasks are kept. */
public interface TaskStore {

    void create(Task task);

    Optional<Task> find(UUID id);

    /** Newest first; only tasks of vacancies assigned to {@code hiringManager} when one is named. */
    List<Task> list(@Nullable UUID vacancyId, @Nullable TaskKind kind, int limit, @Nullable String hiringManager);

    /** When each of the tasks named was started (unknown ids are left out). */
    Map<UUID, Instant> startedAt(Collection<UUID> ids);

    /** The tasks of a candidate (its evaluations), oldest first. */
    List<Task> ofCandidate(UUID candidateId);

    /**
     * Ends {@code task} if it is still pending as stored (a result's data is stored as JSON); false when it was not
     * (already ended, or unknown).
     */
    boolean complete(Task task, Task.Ending ending);
}
